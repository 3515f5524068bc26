package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.version.KopsVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fields kops' Go type lacks at a release are dropped by its decoder (provider.yaml {@code unknown} rows, found
 * with kops-oracle on the corpus-crossed probe set): Calico's {@code majorVersion} from 1.24, Amazon VPC's
 * {@code initImageName} before 1.21 and {@code networkPolicyAgentImage} before 1.30. Releases without a kops-oracle
 * build are pinned from other evidence (docs/release-boundaries.md): Calico's {@code majorVersion} is dropped at 1.23
 * (kops 1.23 keeps it in v1alpha2 only), Amazon VPC's {@code networkPolicyAgentImage} at 1.29 (corpus
 * many-addons-ccm sets the image fields from v1.30.0 on, not at v1.29.0), and Calico's {@code wireguardEnabled: false}
 * is kept from 1.35 (a pointer from 1.35).
 */
class DroppedFieldsReleasesTest {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();

    private static <T extends ProviderSpec> T completed(ProviderSpec p, String release, Class<T> type) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.21.1").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(p).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").cidr("172.20.32.0/19")
                                .type("Public").build()).build())
                .build();
        return E.complete(c, KopsVersion.of(release)).cluster().networking().provider(type).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, true", "1.22.0, true", "1.23.0, false", "1.24.0, false", "1.30.0, false"})
    void calicoMajorVersionIsDroppedFrom123(String release, boolean kept) {
        CalicoSpec c = completed(CalicoSpec.builder().majorVersion("v3").build(), release, CalicoSpec.class);
        assertThat(c.majorVersion().isPresent()).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, false, false", "1.20.0, false, false", "1.21.0, true, false", "1.28.0, true, false",
            "1.29.0, true, false", "1.30.0, true, true", "1.33.0, true, true"})
    void amazonVpcImagesAreKeptFromTheirRelease(String release, boolean init, boolean policyAgent) {
        AmazonVpcSpec a = completed(AmazonVpcSpec.builder().initImageName("initimage:123")
                .networkPolicyAgentImage("networkpolicyagentimage:123").build(), release, AmazonVpcSpec.class);
        assertThat(a.initImageName().isPresent()).isEqualTo(init);
        assertThat(a.networkPolicyAgentImage().isPresent()).isEqualTo(policyAgent);
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, true", "1.21.0, true", "1.22.0, false", "1.36.0, false"})
    void theReaderIsToldWhichFieldsTheReleaseDoesNotDecode(String release, boolean undecoded) {
        // kops-oracle: cilium.enableL7Proxy: "1" accepted at 1.19-1.21 (no such Go field yet), refused from 1.22
        assertThat(E.undecodedFields(KopsVersion.of(release)).contains("spec.networking.cilium.enableL7Proxy"))
                .isEqualTo(undecoded);
        assertThat(E.undecodedFields(KopsVersion.of(release))).allMatch(p -> p.startsWith("spec.networking."));
    }

    @ParameterizedTest
    @CsvSource({"1.19.0", "1.21.0", "1.22.0", "1.28.0", "1.36.0"})
    void eachProvidersShareIsItsOwnPlugins(String release) {
        // the reader asks per provider block (so that reading a spec loads one provider's table): the union over
        // every provider is the whole, and each share lies under its own block
        KopsVersion r = KopsVersion.of(release);
        java.util.Set<String> union = new java.util.HashSet<>();
        for (ProviderKind kind : ProviderKind.values()) {
            java.util.Set<String> own = E.undecodedFields(r, kind);
            // a block path itself names a provider key the release lacks (kindnet before 1.32)
            assertThat(own).allMatch(p -> p.startsWith("spec.networking." + kind.key() + ".")
                    || p.startsWith("spec.networking." + kind.modernKey() + ".")
                    || p.equals("spec.networking." + kind.key()) || p.equals("spec.networking." + kind.modernKey()));
            union.addAll(own);
        }
        assertThat(union).isEqualTo(E.undecodedFields(r));
        assertThat(E.undecodedFields(r, ProviderKind.CILIUM).contains("spec.networking.cilium.enableL7Proxy"))
                .isEqualTo(r.minor() < 22);
    }

    @ParameterizedTest
    @CsvSource({"1.22.0, false", "1.24.0, true", "1.28.0, true", "1.36.0, true"})
    void disableTxChecksumOffloadingIsTypeCheckedThenDroppedFrom123(String release, boolean dropped) {
        // kops-oracle 1.24-1.36: flannel / canal disableTxChecksumOffloading: 0 is refused at decode (a field of the
        // v1alpha2 type), while a boolean is dropped from the completed spec (not one of kops' internal type)
        KopsVersion r = KopsVersion.of(release);
        for (String provider : java.util.List.of("flannel", "canal")) {
            assertThat(E.undecodedFields(r)).doesNotContain("spec.networking." + provider + ".disableTxChecksumOffloading");
        }
        FlannelSpec f = completed(FlannelSpec.builder().disableTxChecksumOffloading(true).build(), release, FlannelSpec.class);
        assertThat(f.disableTxChecksumOffloading().isEmpty()).isEqualTo(dropped);
        String yaml = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n"
                + "  networking:\n    flannel:\n      disableTxChecksumOffloading: 0\n";
        assertThatThrownBy(() -> dev.podnet.api.yaml.ClusterYaml.load(yaml, r, E.undecodedFields(r)))
                .isInstanceOf(dev.podnet.api.yaml.ClusterYamlException.class)
                .hasMessageContaining("spec.networking.flannel.disableTxChecksumOffloading");
    }

    @ParameterizedTest
    @CsvSource({
            "1.30.0, cilium, bpfRoot, '{a: b}'",
            "1.36.0, cilium, disableConntrack, '\"x\"'",
            "1.36.0, cilium, ipv4ClusterCidrMaskSize, '[1]'",
            "1.30.0, cilium, debugVerbose, '\"x\"'",
            "1.36.0, calico, majorVersion, '{a: b}'",
            "1.30.0, calico, crossSubnet, '\"true\"'",
            "1.36.0, calico, crossSubnet, '{a: b}'",
            "1.36.0, canal, disableTxChecksumOffloading, '\"x\"'",
            "1.30.0, flannel, disableTxChecksumOffloading, '\"x\"'"})
    void aV1alpha2OnlyFieldIsTypeCheckedInV1alpha2AndDroppedUnreadInV1alpha3(String release, String provider,
            String field, String value) {
        // kops-oracle 1.30 and 1.36: each value refused at decode in a v1alpha2 document ("cannot unmarshal ... into
        // Go struct field <Provider>NetworkingSpec.spec.networking.<provider>.<field>"), accepted in a v1alpha3 one,
        // whose Go type has no such field
        KopsVersion r = KopsVersion.of(release);
        String v2 = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n"
                + "  networking:\n    " + provider + ":\n      " + field + ": " + value + "\n";
        assertThatThrownBy(() -> dev.podnet.api.yaml.ClusterYaml.load(v2, r, E.undecodedFields(r)))
                .isInstanceOf(dev.podnet.api.yaml.ClusterYamlException.class)
                .hasMessageContaining("spec.networking." + provider + "." + field);
        String v3 = v2.replace("v1alpha2", "v1alpha3");
        assertThat(dev.podnet.api.yaml.ClusterYaml.load(v3, r, E.undecodedFields(r)).cluster().networking().provider())
                .hasValueSatisfying(p -> assertThat(dev.podnet.api.yaml.ProviderYaml.unreadKeys(p)).contains(field));
    }

    @ParameterizedTest
    @CsvSource({"1.33.0, false", "1.34.0, false", "1.35.0, true", "1.36.0, true"})
    void calicoWireguardFalseIsKeptFrom135(String release, boolean kept) {
        CalicoSpec c = completed(CalicoSpec.builder().wireguardEnabled(false).build(), release, CalicoSpec.class);
        assertThat(c.wireguardEnabled().isPresent()).isEqualTo(kept);
    }
}
