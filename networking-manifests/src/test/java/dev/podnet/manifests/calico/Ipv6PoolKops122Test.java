package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.env;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An IPv6-only cluster at kops 1.22 (releases.yaml {@code ipv6PoolFromClusterCidr}; kops-oracle 1.22 renders of
 * a generated spec and of the same spec with vxlan): calico-ipam assigns IPv6, calico-node gets an IPv6 pool
 * of the cluster CIDR with NAT outgoing and no USE_POD_CIDR, and the probes check BIRD6. kops 1.24 renders
 * the host-local form instead.
 */
class Ipv6PoolKops122Test {

    static RenderedAddon render(String release, CalicoSpec spec) {
        Cluster c = Cluster.builder().name("v6.example.com").kubernetesVersion("1.21.5").cloud(Cloud.AWS)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("::1:0:0/96").build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("::/0").build()).build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().get(0);
    }

    @SuppressWarnings("unchecked")
    static List<String> envNames(KubeObject ds) {
        return ((List<Map<String, Object>>) ds.container("calico-node").orElseThrow().get("env")).stream()
                .map(e -> String.valueOf(e.get("name"))).toList();
    }

    @ParameterizedTest
    @CsvSource({"ipip, -bird-live|-bird6-live", "vxlan, -bird6-live"})
    void ipv6PoolOfTheClusterCidr(String encapsulation, String probes) {
        RenderedAddon a = render("1.22.0", CalicoSpec.builder().encapsulationMode(encapsulation).build());
        String cni = String.valueOf(find(a, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow());
        assertThat(cni).contains("\"assign_ipv4\": \"false\"", "\"assign_ipv6\": \"true\"", "\"type\": \"calico-ipam\"")
                .doesNotContain("host-local");
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "CALICO_IPV6POOL_CIDR")).isEqualTo("::1:0:0/96");
        assertThat(env(ds, "calico-node", "CALICO_IPV6POOL_NAT_OUTGOING")).isEqualTo("true");
        assertThat(env(ds, "calico-node", "IP_AUTODETECTION_METHOD")).isEqualTo("first-found");
        assertThat(envNames(ds)).containsSubsequence("CALICO_IPV6POOL_CIDR", "CALICO_IPV6POOL_NAT_OUTGOING", "CALICO_ROUTER_ID")
                .doesNotContain("USE_POD_CIDR", "NO_DEFAULT_POOLS", "CALICO_IPV4POOL_CIDR");
        List<String> expected = new java.util.ArrayList<>(List.of("/bin/calico-node", "-felix-live"));
        expected.addAll(List.of(probes.split("\\|")));
        assertThat(ds.get("spec.template.spec.containers[0].livenessProbe.exec.command")).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.24.0"})
    void laterReleasesUseThePodCidr(String release) {
        KubeObject ds = find(render(release, CalicoSpec.builder().encapsulationMode("none").build()), "DaemonSet", "calico-node");
        assertThat(envNames(ds)).contains("USE_POD_CIDR").doesNotContain("CALICO_IPV6POOL_NAT_OUTGOING");
    }
}
