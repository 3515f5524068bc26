package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.data;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kops 1.19 with Cilium below 1.8 (its default for Kubernetes 1.11 is 1.6): two channel entries, k8s-1.7
 * and k8s-1.12, each from its own data, and the old templates' forms (checked with the kops oracle).
 */
class CiliumOldTemplatesTest {

    private static List<RenderedAddon> render(CiliumSpec spec) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.11.5").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        return TestRendering.forRelease(KopsVersion.of("1.19.0")).render(c, RenderStyle.KOPS).addons();
    }

    @Test
    void twoEntriesByKubernetesRangeBelowCilium18() {
        List<RenderedAddon> a = render(base("v1.6.12").build());
        assertThat(a).extracting(RenderedAddon::templateId).containsExactly("k8s-1.7", "k8s-1.12");
        assertThat(a).extracting(RenderedAddon::version).containsOnly("1.7.3-kops.1");
        assertThat(a).extracting(x -> x.channelEntry().kubernetesVersion().orElseThrow())
                .containsExactly("<1.12.0", ">=1.12.0");
        assertThat(find(a.get(0), "DaemonSet", "cilium").container("cilium-agent").orElseThrow().get("image"))
                .isEqualTo("docker.io/cilium/cilium:v1.6.12");
        assertThat(data(render(base("v1.6.12").ipam("hostscope").build()).get(1))).containsEntry("k8s-require-ipv4-pod-cidr", "true");
        assertThat(render(base("v1.8.6").build())).singleElement()
                .satisfies(x -> assertThat(x.version()).isEqualTo("1.8.0-kops.1"));
    }

    @Test
    void podCidrRequiredOnlyWithHostscopeIpam() {
        for (String ipam : List.of("crd", "eni", "kubernetes")) {
            List<RenderedAddon> a = render(base("v1.6.12").ipam(ipam).build());
            assertThat(data(a.get(1))).as(ipam).containsEntry("ipam", ipam).doesNotContainKey("k8s-require-ipv4-pod-cidr");
        }
    }

    @Test
    void prometheusMetricsInTheOldForm() {
        for (RenderedAddon a : render(base("v1.6.12").enablePrometheusMetrics(true).build())) {
            assertThat(data(a)).as(a.templateId()).containsEntry("prometheus-serve-addr", ":9090")
                    .doesNotContainKeys("enable-metrics", "operator-prometheus-serve-addr");
            assertThat(String.valueOf(find(a, "DaemonSet", "cilium").container("cilium-agent").orElseThrow().get("ports")))
                    .as(a.templateId()).contains("containerPort=9090, hostPort=9090, name=prometheus");
            List<?> args = (List<?>) find(a, "Deployment", "cilium-operator").container("cilium-operator").orElseThrow().get("args");
            assertThat(args.get(args.size() - 1)).as(a.templateId()).isEqualTo("--enable-metrics");
        }
    }
}
