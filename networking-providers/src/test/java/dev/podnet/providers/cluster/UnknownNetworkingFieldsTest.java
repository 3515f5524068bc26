package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.spi.DefaultsApplied;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.providers.KopsNetworkingEngine;
import org.junit.jupiter.api.Test;

/**
 * cluster.unknown-networking-fields-dropped: kops' completed spec holds no key its Go types lack (kops-oracle
 * 1.19-1.36 on the surface probe set: {@code someUnknownField}, {@code encapsulationmode}, {@code MTU} are
 * gone from kops' completed spec, and set nothing).
 */
class UnknownNetworkingFieldsTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();
    private static final String HEAD = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\n"
            + "spec:\n  cloudProvider: aws\n  kubernetesVersion: 1.30.2\n  networkCIDR: 172.20.0.0/16\n"
            + "  subnets:\n  - cidr: 172.20.32.0/19\n    name: us-test-1a\n    type: Public\n    zone: us-test-1a\n";

    @Test
    void unknownKeysOfTheProviderBlockAreDropped() {
        Cluster in = ClusterYaml.read(HEAD + "  networking:\n    calico:\n      mtu: 1400\n      encapsulationmode: vxlan\n"
                + "      someUnknownField: 1\n");
        DefaultsApplied done = ENGINE.complete(in, KopsVersion.of("1.30.0"));
        CalicoSpec c = done.cluster().networking().provider(CalicoSpec.class).orElseThrow();
        assertThat(c.extraFields()).isEmpty();
        assertThat(c.mtu()).hasValue(1400);
        assertThat(c.encapsulationMode()).hasValue("ipip"); // kops' default: the lower-case key set nothing
        assertThat(done.applied()).filteredOn(a -> a.rule().equals(UnknownNetworkingFields.RULE)).extracting(AppliedDefault::path)
                .containsExactly("spec.networking.calico.encapsulationmode", "spec.networking.calico.someUnknownField");
    }

    @Test
    void unknownKeysOfNestedBlocksAreDropped() {
        Cluster in = ClusterYaml.read(HEAD + "  networking:\n    cilium:\n      hubble:\n        enabled: false\n        Metrics: [dns]\n");
        CiliumSpec c = ENGINE.complete(in, KopsVersion.of("1.30.0")).cluster().networking().provider(CiliumSpec.class).orElseThrow();
        assertThat(c.hubble().orElseThrow().extraFields()).isEmpty();
        assertThat(c.hubble().orElseThrow().enabled()).hasValue(false);
    }

    @Test
    void unknownKeysUnderNetworkingAreDroppedASecondProviderStays() {
        Cluster in = ClusterYaml.read(HEAD + "  networking:\n    calico: {}\n    someUnknownField: {}\n    cni: {}\n");
        DefaultsApplied done = ENGINE.complete(in, KopsVersion.of("1.24.0"));
        assertThat(done.cluster().networking().extraFields()).containsOnlyKeys("cni");
        assertThat(done.applied()).anyMatch(a -> a.path().equals("spec.networking.someUnknownField")
                && a.rule().equals(UnknownNetworkingFields.RULE));
    }

    @Test
    void aFieldSpeltForTheOtherApiVersionIsDroppedNotRead() {
        // v1alpha2 has no cilium.masquerade (v1alpha3's name): kops drops it, so it must not come back as the field
        Cluster spelt = ClusterYaml.read(HEAD + "  networking:\n    cilium:\n      masquerade: false\n");
        Cluster plain = ClusterYaml.read(HEAD + "  networking:\n    cilium: {}\n");
        KopsVersion r = KopsVersion.of("1.30.0");
        assertThat(ENGINE.complete(spelt, r).cluster().networking().provider())
                .isEqualTo(ENGINE.complete(plain, r).cluster().networking().provider());
    }

    @Test
    void aBlockWithoutUnknownKeysIsTheSameObject() {
        Cluster in = ClusterYaml.read(HEAD + "  networking:\n    calico:\n      mtu: 1400\n");
        assertThat(UnknownNetworkingFields.drop(in, a -> { throw new AssertionError(a); })).isSameAs(in);
    }
}
