package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.CiliumSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A provider field spelled for the other apiVersion is read as kops reads it: not at all (kops-oracle
 * 1.22, 1.30 and 1.36 drop {@code masquerade: false} from a v1alpha2 Cluster and {@code disableMasquerade:
 * true} from a v1alpha3 one). podnet keeps the key as written and warns with the version's spelling.
 */
class VersionSpellingTest {
    private static final String V2 = NetworkingHeads.V2;
    private static final String V3 = NetworkingHeads.V3;

    private static final String CILIUM_BOTH = """
                cilium:
                  disableMasquerade: true
                  masquerade: true
                  IPTablesRulesNoinstall: true
                  installIptablesRules: true
                  toFqdnsDnsRejectResponseCode: nameError
                  toFQDNsDNSRejectResponseCode: refused
                  toFqdnsEnablePoller: true
                  toFQDNsEnablePoller: false
            """;

    @Test
    void v1alpha2ReadsOnlyItsCiliumSpellings() {
        ClusterDocuments d = ClusterYaml.load(V2 + CILIUM_BOTH);
        CiliumSpec c = (CiliumSpec) d.cluster().networking().provider().orElseThrow();
        assertThat(c.disableMasquerade()).contains(true);
        assertThat(c.iptablesRulesNoinstall()).contains(true);
        assertThat(c.toFqdnsDnsRejectResponseCode()).contains("nameError");
        assertThat(c.toFqdnsEnablePoller()).contains(true);
        assertThat(c.masquerade()).isEmpty();
        assertThat(c.installIptablesRules()).isEmpty();
        assertThat(c.toFQDNsDNSRejectResponseCode()).isEmpty();
        assertThat(c.toFQDNsEnablePoller()).isEmpty();
        assertThat(c.extraFields()).isEqualTo(Map.of("masquerade", true, "installIptablesRules", true,
                "toFQDNsDNSRejectResponseCode", "refused", "toFQDNsEnablePoller", false));
        assertThat(d.findings().lines()).containsExactly(
                "spec.networking.cilium.masquerade: Forbidden: kops.k8s.io/v1alpha2 has no field"
                        + " spec.networking.cilium.masquerade (it is the kops.k8s.io/v1alpha3 spelling): kops ignores it",
                "spec.networking.cilium.installIptablesRules: Forbidden: kops.k8s.io/v1alpha2 has no field"
                        + " spec.networking.cilium.installIptablesRules (it is the kops.k8s.io/v1alpha3 spelling):"
                        + " kops ignores it",
                "spec.networking.cilium.toFQDNsDNSRejectResponseCode: Forbidden: kops.k8s.io/v1alpha2 has no field"
                        + " spec.networking.cilium.toFQDNsDNSRejectResponseCode (it is the kops.k8s.io/v1alpha3"
                        + " spelling): kops ignores it",
                "spec.networking.cilium.toFQDNsEnablePoller: Forbidden: kops.k8s.io/v1alpha2 has no field"
                        + " spec.networking.cilium.toFQDNsEnablePoller (it is the kops.k8s.io/v1alpha3 spelling):"
                        + " kops ignores it");
        assertThat(d.findings().all().get(0).hint().orElseThrow()).contains(
                "write it as spec.networking.cilium.disableMasquerade with the opposite value in a"
                        + " kops.k8s.io/v1alpha2 document");
        assertThat(d.findings().all().get(2).hint().orElseThrow()).contains(
                "write it as spec.networking.cilium.toFqdnsDnsRejectResponseCode in a kops.k8s.io/v1alpha2 document");
        // lossless: the ignored keys are written back as they were
        String out = ClusterYaml.write(d.cluster());
        assertThat(out).contains("masquerade: true", "installIptablesRules: true", "toFQDNsEnablePoller: false");
        assertThat(ClusterYaml.read(out)).isEqualTo(d.cluster());
    }

    @Test
    void v1alpha3ReadsOnlyItsCiliumSpellings() {
        ClusterDocuments d = ClusterYaml.load(V3 + CILIUM_BOTH);
        CiliumSpec c = (CiliumSpec) d.cluster().networking().provider().orElseThrow();
        assertThat(c.masquerade()).contains(true);
        assertThat(c.installIptablesRules()).contains(true);
        assertThat(c.toFQDNsDNSRejectResponseCode()).contains("refused");
        assertThat(c.toFQDNsEnablePoller()).contains(false);
        assertThat(c.disableMasquerade()).isEmpty();
        assertThat(c.iptablesRulesNoinstall()).isEmpty();
        assertThat(c.extraFields()).containsOnlyKeys("disableMasquerade", "IPTablesRulesNoinstall",
                "toFqdnsDnsRejectResponseCode", "toFqdnsEnablePoller");
        assertThat(d.findings().all()).hasSize(4);
        assertThat(d.findings().lines().get(1)).isEqualTo(
                "spec.networking.cilium.IPTablesRulesNoinstall: Forbidden: kops.k8s.io/v1alpha3 has no field"
                        + " spec.networking.cilium.IPTablesRulesNoinstall (it is the kops.k8s.io/v1alpha2 spelling):"
                        + " kops ignores it");
        assertThat(d.findings().all().get(1).hint().orElseThrow()).contains("write it as"
                + " spec.networking.cilium.installIptablesRules with the opposite value in a kops.k8s.io/v1alpha3 document");
    }

    @Test
    void canalAndAmazonVpcFollowTheSameRule() {
        ClusterDocuments canal = ClusterYaml.load(V2 + "    canal:\n      flanneldIptablesForwardRules: false\n");
        CanalSpec cs = (CanalSpec) canal.cluster().networking().provider().orElseThrow();
        assertThat(cs.flanneldIptablesForwardRules()).isEmpty();
        assertThat(cs.extraFields()).isEqualTo(Map.of("flanneldIptablesForwardRules", false));
        assertThat(canal.findings().all()).singleElement().satisfies(f -> assertThat(f.hint().orElseThrow()).contains(
                "write it as spec.networking.canal.disableFlannelForwardRules with the opposite value"));

        ClusterDocuments vpc = ClusterYaml.load(V3 + "    amazonVPC:\n      imageName: a/cni:1\n      initImage: a/init:1\n");
        AmazonVpcSpec vs = (AmazonVpcSpec) vpc.cluster().networking().provider().orElseThrow();
        assertThat(vs.imageName()).isEmpty();
        assertThat(vs.initImage()).contains("a/init:1");
        assertThat(vs.extraFields()).isEqualTo(Map.of("imageName", "a/cni:1"));
        assertThat(vpc.findings().lines()).containsExactly("spec.networking.amazonVPC.imageName: Forbidden:"
                + " kops.k8s.io/v1alpha3 has no field spec.networking.amazonVPC.imageName (it is the kops.k8s.io/v1alpha2"
                + " spelling): kops ignores it");
    }

    @Test
    void aV1alpha2OnlyFieldIsNotReadInAV1alpha3Document() {
        // kops-oracle 1.30 and 1.36: kops' v1alpha3 types have no Cilium bpfRoot, Calico majorVersion, Canal or
        // Flannel disableTxChecksumOffloading: a value of any JSON type is accepted (refused in v1alpha2)
        ClusterDocuments d = ClusterYaml.load(V3 + "    cilium:\n      bpfRoot: {a: b}\n      disableConntrack: x\n");
        CiliumSpec c = (CiliumSpec) d.cluster().networking().provider().orElseThrow();
        assertThat(c.bpfRoot()).isEmpty();
        assertThat(c.extraFields()).containsOnlyKeys("bpfRoot", "disableConntrack");
        assertThat(d.findings().all()).isEmpty();
        ClusterDocuments canal = ClusterYaml.load(V3 + "    canal:\n      disableTxChecksumOffloading: x\n");
        assertThat(((CanalSpec) canal.cluster().networking().provider().orElseThrow()).extraFields())
                .isEqualTo(Map.of("disableTxChecksumOffloading", "x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ClusterYaml.load(V2 + "    canal:\n      disableTxChecksumOffloading: x\n"))
                .isInstanceOf(ClusterYamlException.class)
                .hasMessageContaining("spec.networking.canal.disableTxChecksumOffloading");
    }

    @Test
    void calicoCrossSubnetIsNotReadInAV1alpha3Document() {
        // kops-oracle 1.30 and 1.36: kops' v1alpha3 Calico type does not decode crossSubnet ("true" accepted, true
        // absent from the completed spec); its v1alpha2 type does ("true" refused at decode, true kept)
        ClusterDocuments d = ClusterYaml.load(V3 + "    calico:\n      crossSubnet: true\n");
        CalicoSpec c = (CalicoSpec) d.cluster().networking().provider().orElseThrow();
        assertThat(c.crossSubnet()).isEmpty();
        assertThat(c.extraFields()).isEqualTo(Map.of("crossSubnet", true));
        assertThat(d.findings().all()).isEmpty();
        CalicoSpec v2 = (CalicoSpec) ClusterYaml.load(V2 + "    calico:\n      crossSubnet: true\n").cluster()
                .networking().provider().orElseThrow();
        assertThat(v2.crossSubnet()).hasValue(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ClusterYaml.load(V2 + "    calico:\n      crossSubnet: \"true\"\n"))
                .isInstanceOf(ClusterYamlException.class)
                .hasMessageContaining("spec.networking.calico.crossSubnet");
    }

    @Test
    void aDocumentWithOnlyItsOwnSpellingsHasNoFinding() {
        ClusterDocuments d = ClusterYaml.load(V2 + "    cilium:\n      disableMasquerade: true\n");
        assertThat(d.findings().all()).isEmpty();
        Cluster c = d.cluster();
        assertThat(((CiliumSpec) c.networking().provider().orElseThrow()).disableMasquerade()).contains(true);
    }
}
