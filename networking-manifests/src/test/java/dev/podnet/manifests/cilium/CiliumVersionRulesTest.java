package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
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
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What kops' Cilium templates decide by the Cilium version within one template (kops-oracle, channel-entry fixture of
 * ChannelEntryOracleTest): the ENI operator of the Cilium 1.8 template, the agent's health port, and where the CNI
 * plugin is installed from.
 */
class CiliumVersionRulesTest {

    private static RenderedAddon render(String release, String kubernetes, CiliumSpec spec) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        List<RenderedAddon> a = TestRendering.forRelease(KopsVersion.of(release)).render(c, RenderStyle.KOPS).addons();
        assertThat(a).hasSize(1);
        return a.get(0);
    }

    private static Object operatorPod(RenderedAddon a, String field) {
        return find(a, "Deployment", "cilium-operator").get("spec.template.spec." + field).orElse(null);
    }

    @Test
    void theCilium18TemplateKeepsTheEniOperatorOnMastersInEveryReleaseThatShipsIt() {
        // kops-oracle 1.20, 1.21 (v1.8.4, v1.8.0), 1.22 and 1.24 (v1.8.0): nodeSelector and master tolerations
        for (String release : List.of("1.20.0", "1.21.0", "1.22.0", "1.24.0")) {
            RenderedAddon v18 = render(release, "1.20.3", base("v1.8.0").ipam("eni").build());
            assertThat(operatorPod(v18, "nodeSelector")).as(release).isEqualTo(Map.of("node-role.kubernetes.io/master", ""));
            assertThat(String.valueOf(operatorPod(v18, "tolerations"))).as(release)
                    .contains("key=node-role.kubernetes.io/master").contains("tolerationSeconds=300");
            // without ENI the operator is not pinned; the Cilium 1.9 template pins it its own way, ENI or not
            assertThat(operatorPod(render(release, "1.20.3", base("v1.8.0").build()), "nodeSelector")).as(release).isNull();
            assertThat(String.valueOf(operatorPod(render(release, "1.20.3", base("v1.9.10").ipam("eni").build()),
                    "tolerations"))).as(release).doesNotContain("tolerationSeconds");
        }
    }

    private static List<Object> healthPorts(RenderedAddon a) {
        Map<String, Object> agent = find(a, "DaemonSet", "cilium").container("cilium-agent").orElseThrow();
        return List.of("startupProbe", "livenessProbe", "readinessProbe").stream()
                .map(p -> (Object) String.valueOf(((Map<?, ?>) ((Map<?, ?>) agent.get(p)).get("httpGet")).get("port"))).toList();
    }

    @Test
    void theAgentsHealthPortIs9879FromCilium1116() {
        // kops-oracle 1.24, template k8s-1.16-v1.11: v1.11.5 probes 9876, v1.11.6 (the release's default) 9879
        assertThat(healthPorts(render("1.24.0", "1.23.0", base("v1.11.5").build()))).containsOnly("9876");
        assertThat(healthPorts(render("1.24.0", "1.23.0", base("v1.11.6").build()))).containsOnly("9879");
        assertThat(healthPorts(render("1.24.0", "1.23.0", base("v1.10.5").build()))).containsOnly("9876");
        assertThat(healthPorts(render("1.28.0", "1.26.0", base("v1.13.0").build()))).containsOnly("9879");
    }

    @Test
    void cilium1130InstallsItsCniPluginFromTheAgent() {
        // kops-oracle 1.28, template k8s-1.16-v1.13: v1.13.0 has no install-cni-binaries; v1.13.1 to v1.13.5 have it
        KubeObject v1130 = find(render("1.28.0", "1.26.0", base("v1.13.0").build()), "DaemonSet", "cilium");
        KubeObject v1131 = find(render("1.28.0", "1.26.0", base("v1.13.1").build()), "DaemonSet", "cilium");
        assertThat(v1130.containerNames()).doesNotContain("install-cni-binaries");
        assertThat(v1131.containerNames()).contains("install-cni-binaries");
        assertThat(mountNames(v1130)).containsSubsequence("cilium-run", "cni-path", "etc-cni-netd");
        assertThat(mountNames(v1130).indexOf("cni-path")).isEqualTo(mountNames(v1130).indexOf("cilium-run") + 1);
        assertThat(mountNames(v1131)).doesNotContain("cni-path");
        // Cilium 1.12 keeps the init container where its template has it (corpus: kops 1.27 with v1.12.10)
        KubeObject v1212 = find(render("1.27.0", "1.26.0", base("v1.12.10").build()), "DaemonSet", "cilium");
        assertThat(v1212.containerNames()).contains("install-cni-binaries");
    }

    private static List<Object> mountNames(KubeObject ds) {
        return ((List<?>) ds.container("cilium-agent").orElseThrow().get("volumeMounts")).stream()
                .map(m -> ((Map<?, ?>) m).get("name")).map(Object.class::cast).toList();
    }
}
