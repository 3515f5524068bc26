package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An empty string written in a plain Go string field is completed as an absent one (kops-oracle 1.19, 1.22, 1.24,
 * 1.28, 1.36 with each field "" alone); kube-proxy's clusterCIDR keeps an empty one from 1.24, where it is a pointer.
 */
class EmptyGoStringsTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster withEmptyStrings(String k8s) {
        Cluster c = TopologyDefaultsTest.noTopology();
        Subnet s = c.networking().subnets().get(0);
        return Cluster.builder().from(c).kubernetesVersion(k8s)
                .networking(c.networking().toBuilder().podCIDR("").serviceClusterIPRange("")
                        .subnets(java.util.List.of(Subnet.builder().from(s).egress("").id("").region("").ipv6CIDR("").build()))
                        .build())
                .kubeProxy(KubeProxy.builder().clusterCIDR("").build())
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("").build())
                .putExtraSpec("kubeAPIServer", java.util.Map.of("serviceClusterIPRange", ""))
                .build();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0,1.19.9,100.96.0.0/11", "1.22.0,1.22.2,100.96.0.0/11", "1.24.0,1.24.3,", "1.36.0,1.30.2,"})
    void completedAsAbsent(String release, String k8s, String proxyCidr) {
        KopsVersion r = KopsVersion.of(release);
        Cluster c = withEmptyStrings(k8s);
        assertThat(ENGINE.validate(c, r, ValidationMode.LENIENT).errors()).isEmpty();
        Cluster done = ENGINE.complete(c, r).cluster();
        assertThat(done.networking().serviceClusterIPRange()).hasValue("100.64.0.0/13");
        Subnet s = done.networking().subnets().get(0);
        assertThat(s.egress()).isEmpty();
        assertThat(s.id()).isEmpty();
        assertThat(s.region()).isEmpty();
        assertThat(s.ipv6CIDR()).isEmpty();
        assertThat(done.kubeProxy().flatMap(KubeProxy::clusterCIDR)).hasValue(proxyCidr == null ? "" : proxyCidr);
        assertThat(done.kubeControllerManager().flatMap(KubeControllerManager::clusterCIDR)).hasValue("100.96.0.0/11");
        assertThat(ENGINE.validate(done, r, ValidationMode.STRICT).errors()).isEmpty();
    }

    /** kops-oracle 1.24, 1.28, 1.36: {@code bastion: {bastionPublicName: ""}} completes as {@code bastion: {}}. */
    @ParameterizedTest
    @CsvSource({"1.24.0", "1.28.0", "1.36.0"})
    void emptyBastionPublicNameDropped(String release) {
        Cluster c = TopologyDefaultsTest.noTopology();
        java.util.Map<String, Object> bastion = new java.util.LinkedHashMap<>();
        bastion.put("bastionPublicName", "");
        c = Cluster.builder().from(c).networking(c.networking().toBuilder()
                .topology(dev.podnet.api.Topology.builder().masters("private").nodes("private").bastion(bastion).build()).build()).build();
        Cluster done = ENGINE.complete(c, KopsVersion.of(release)).cluster();
        assertThat(done.networking().topology().orElseThrow().bastion()).hasValue(java.util.Map.of());
    }
}
