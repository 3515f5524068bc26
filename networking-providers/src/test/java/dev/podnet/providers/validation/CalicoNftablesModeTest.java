package dev.podnet.providers.validation;

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
 * Calico's {@code nftablesMode}: kops' decoder drops it at 1.30 and 1.33 (kops-oracle: absent from the completed
 * spec) and keeps it at 1.36 (the {@code unknown} row of calico's release table).
 */
class CalicoNftablesModeTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    @ParameterizedTest
    @CsvSource({"1.30.0,false", "1.33.1,false", "1.36.0,true"})
    void keptFrom136(String release, boolean kept) {
        Cluster c = ValidationFixtures.kopsCluster().name("t.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(CalicoSpec.builder().nftablesMode("Enabled").build())
                        .networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("a").zone("us-test-1a").type("Public").cidr("172.20.32.0/19").build())
                        .build())
                .build();
        CalicoSpec done = (CalicoSpec) ENGINE.complete(c, KopsVersion.of(release)).cluster().networking().provider().orElseThrow();
        assertThat(done.nftablesMode().isPresent()).isEqualTo(kept);
    }
}
