package dev.podnet.providers.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code vxlanMode} is a field from kops 1.22: kops 1.19-1.21's decoder drops it, so vxlan encapsulation keeps the
 * release's default pool mode (provider.yaml {@code unknown}; kops-oracle, src/build/oracle_varied.py calico).
 */
class VxlanModeReleasesTest {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();

    @ParameterizedTest
    @CsvSource({"1.19.0, false", "1.21.0, false", "1.22.0, true", "1.24.0, true"})
    void vxlanModeIsKeptFrom122(String release, boolean kept) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.21.1").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(CalicoSpec.builder().encapsulationMode("vxlan").vxlanMode("Never")
                        .build()).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").cidr("172.20.32.0/19")
                                .type("Public").build()).build())
                .build();
        CalicoSpec completed = E.complete(c, KopsVersion.of(release)).cluster().networking().provider(CalicoSpec.class)
                .orElseThrow();
        assertThat(completed.vxlanMode().isPresent()).isEqualTo(kept);
        assertThat(completed.encapsulationMode()).contains("vxlan");
    }
}
