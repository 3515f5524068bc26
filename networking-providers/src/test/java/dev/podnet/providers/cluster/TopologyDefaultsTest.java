package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.Topology;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A spec written without topology placement completes to public/public until kops 1.28 drops the fields. */
class TopologyDefaultsTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster noTopology() {
        // iam: {} as kops' test clusters carry it (kops 1.19-1.22 refuse a spec without one as legacy IAM)
        return Cluster.builder().name("t.example.com").kubernetesVersion("1.21.0").cloud(Cloud.AWS).putExtraSpec("iam", java.util.Map.of())
                .networking(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16")
                        .addSubnets(Subnet.builder().name("a").zone("us-east-1a").type("Public").cidr("172.20.32.0/19").build())
                        .build())
                // a main etcd cluster, which kops requires (the Calico k8s-1.7 template of 1.18-1.19 lists its members)
                .addEtcdClusters(dev.podnet.api.EtcdCluster.builder().name("main")
                        .putExtraFields("etcdMembers", java.util.List.of(java.util.Map.of("name", "a", "instanceGroup", "master-us-east-1a"))).build())
                .build();
    }

    @ParameterizedTest
    @CsvSource({"1.18.0,public", "1.19.0,public", "1.27.0,public", "1.28.0,", "1.37.0-alpha.1,"})
    void placementDefaultsToPublicUntil128(String release, String expected) {
        KopsVersion r = KopsVersion.of(release);
        Cluster done = ENGINE.complete(noTopology(), r).cluster();
        Topology t = done.networking().topology().orElseThrow();
        if (expected == null) {
            assertThat(t.masters()).isEmpty();
            assertThat(t.nodes()).isEmpty();
        } else {
            assertThat(t.masters()).hasValue(expected);
            assertThat(t.nodes()).hasValue(expected);
        }
        assertThat(t.dnsType()).hasValue("Public");
        assertThat(ENGINE.validate(done, r, ValidationMode.STRICT).errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.25.0", "1.27.0"})
    void aWrittenPlacementIsKept(String release) {
        Cluster c = noTopology().toBuilder().networking(noTopology().networking().toBuilder()
                .topology(Topology.builder().masters("private").nodes("private").build()).build()).build();
        Topology t = ENGINE.complete(c, KopsVersion.of(release)).cluster().networking().topology().orElseThrow();
        assertThat(t.masters()).hasValue("private");
        assertThat(t.nodes()).hasValue("private");
    }

    /** kops-oracle 1.19, 1.22, 1.24, 1.28, 1.36: an empty DNS type or placement written is completed as an absent one. */
    @ParameterizedTest
    @CsvSource({"1.19.0,public", "1.24.0,public", "1.28.0,", "1.36.0,"})
    void emptyStringsAreDefaultedAsAbsent(String release, String placement) {
        KopsVersion r = KopsVersion.of(release);
        Cluster c = noTopology().toBuilder().networking(noTopology().networking().toBuilder()
                .topology(Topology.builder().masters("").nodes("").dnsType("").build()).build()).build();
        assertThat(ENGINE.validate(c, r, ValidationMode.LENIENT).errors()).isEmpty();
        Cluster done = ENGINE.complete(c, r).cluster();
        Topology t = done.networking().topology().orElseThrow();
        assertThat(t.dnsType()).hasValue("Public");
        if (placement == null) {
            assertThat(t.masters()).isEmpty();
            assertThat(t.nodes()).isEmpty();
        } else {
            assertThat(t.masters()).hasValue(placement);
            assertThat(t.nodes()).hasValue(placement);
        }
        assertThat(ENGINE.validate(done, r, ValidationMode.STRICT).errors()).isEmpty();
    }

    /**
     * kops-oracle 1.22 and 1.24 keep {@code topology.bastion.idleTimeoutSeconds} (120, 3600); 1.28, 1.30, 1.33.1 and 1.36
     * complete the bastion without it (0, 120, 3600) and accept 0, which 1.24 refuses.
     */
    @ParameterizedTest
    @CsvSource({"1.22.0,120,120", "1.24.0,3600,3600", "1.28.0,120,", "1.30.0,0,", "1.33.1,3600,", "1.36.0,120,"})
    void bastionIdleTimeoutDroppedFrom128(String release, int written, Integer kept) {
        Cluster c = noTopology();
        java.util.Map<String, Object> bastion = new java.util.LinkedHashMap<>();
        bastion.put("bastionPublicName", "bastion.minimal.example.com");
        bastion.put("idleTimeoutSeconds", written);
        c = Cluster.builder().from(c).networking(c.networking().toBuilder()
                .topology(Topology.builder().dnsType("Public").masters("private").nodes("private").bastion(bastion).build()).build()).build();
        KopsVersion r = KopsVersion.of(release);
        Cluster done = ENGINE.complete(c, r).cluster();
        java.util.Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("bastionPublicName", "bastion.minimal.example.com");
        if (kept != null) expected.put("idleTimeoutSeconds", kept);
        assertThat(done.networking().topology().orElseThrow().bastion()).hasValue(expected);
        assertThat(bastion).containsKey("idleTimeoutSeconds");
    }
}
