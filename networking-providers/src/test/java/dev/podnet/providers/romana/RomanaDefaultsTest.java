package dev.podnet.providers.romana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.spi.DefaultsApplied;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.RomanaSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import org.junit.jupiter.api.Test;

class RomanaDefaultsTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster romana(RomanaSpec spec, String serviceRange) {
        Networking.Builder n = Networking.builder().provider(spec).networkCIDR("172.20.0.0/16")
                .addSubnets(Subnet.builder().name("a").zone("us-east-1a").type("Public").cidr("172.20.32.0/19").build());
        if (serviceRange != null) n.serviceClusterIPRange(serviceRange);
        return Cluster.builder().name("r.example.com").kubernetesVersion("1.12.0").cloud(Cloud.AWS).networking(n.build()).build();
    }

    @Test
    void serviceIpsComeFromTheServiceRangeAt118() {
        DefaultsApplied done = ENGINE.complete(romana(RomanaSpec.builder().build(), null), KopsVersion.of("1.18.0"));
        RomanaSpec r = done.cluster().networking().provider(RomanaSpec.class).orElseThrow();
        assertThat(r.daemonServiceIP()).hasValue("100.64.0.99");
        assertThat(r.etcdServiceIP()).hasValue("100.64.0.88");
        assertThat(done.applied()).extracting(AppliedDefault::path)
                .contains("spec.networking.romana.daemonServiceIP", "spec.networking.romana.etcdServiceIP");
    }

    @Test
    void kopsOverridesTheUsersValues() {
        RomanaSpec mine = RomanaSpec.builder().daemonServiceIP("10.0.0.5").etcdServiceIP("10.0.0.6").build();
        RomanaSpec r = ENGINE.complete(romana(mine, "10.96.0.0/12"), KopsVersion.of("1.18.0")).cluster().networking()
                .provider(RomanaSpec.class).orElseThrow();
        assertThat(r.daemonServiceIP()).hasValue("10.96.0.99");
        assertThat(r.etcdServiceIP()).hasValue("10.96.0.88");
    }

    @Test
    void nothingIsDefaultedOnceRomanaIsRemoved() {
        RomanaSpec r = ENGINE.complete(romana(RomanaSpec.builder().build(), null), KopsVersion.of("1.19.0")).cluster()
                .networking().provider(RomanaSpec.class).orElseThrow();
        assertThat(r.daemonServiceIP()).isEmpty();
    }
}
