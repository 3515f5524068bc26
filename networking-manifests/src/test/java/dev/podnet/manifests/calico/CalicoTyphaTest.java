package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.testkit.PodnetAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calico with Typha (no kops test case renders it): VXLAN with MTU 8981 and three Typha
 * replicas, pinned object by object against the facts of calico-canal-flannel-kuberouter-kubenet-cni.md
 * §1.4.2/§1.4.4 and the upstream calico-typha structure.
 */
class CalicoTyphaTest {

    static RenderedAddon render(String release, String kubernetes, CalicoSpec spec) {
        Cluster c = Cluster.builder().name("typha.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("100.96.0.0/11").build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c, RenderStyle.KOPS).addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> env(KubeObject o, String container) {
        return (List<Map<String, Object>>) o.container(container).orElseThrow().get("env");
    }

    @Test
    void vxlanWithMtu8981AndThreeTyphaReplicas() {
        RenderedAddon a = render("1.30.0", "1.30.2", CalicoSpec.builder().encapsulationMode("vxlan").mtu(8981)
                .typhaReplicas(3).build());
        PodnetAssertions.assertThat(a).configMap("calico-config").hasData("veth_mtu", "8981")
                .hasData("typha_service_name", "calico-typha").hasData("calico_backend", "vxlan");

        PodnetAssertions.assertThat(a).daemonSet("calico-node").container("calico-node")
                .hasEnv("CALICO_IPV4POOL_VXLAN", "CrossSubnet");
        KubeObject node = find(a, "DaemonSet", "calico-node");
        List<String> names = env(node, "calico-node").stream().map(e -> (String) e.get("name")).toList();
        assertThat(names).containsSubsequence("DATASTORE_TYPE", "FELIX_TYPHAK8SSERVICENAME", "WAIT_FOR_DATASTORE");
        assertThat(env(node, "calico-node").get(names.indexOf("FELIX_TYPHAK8SSERVICENAME"))).isEqualTo(Map.of(
                "name", "FELIX_TYPHAK8SSERVICENAME", "valueFrom",
                Map.of("configMapKeyRef", Map.of("key", "typha_service_name", "name", "calico-config"))));

        PodnetAssertions.assertThat(a).deployment("calico-typha")
                .hasValue("spec.replicas", 3)
                .hasValue("spec.template.spec.hostNetwork", true)
                .hasValue("spec.template.spec.containers[0].ports[0]", Map.of(
                        "containerPort", 5473, "name", "calico-typha", "protocol", "TCP"))
                .hasValue("spec.template.spec.containers[0].livenessProbe.httpGet.path", "/liveness")
                .hasValue("spec.template.spec.containers[0].readinessProbe.httpGet.port", 9098)
                .hasLabel("addon.kops.k8s.io/name", "networking.projectcalico.org")
                .hasValue("spec.template.metadata.labels[\"kops.k8s.io/managed-by\"]", "kops")
                .container("calico-typha")
                .hasImage("docker.io/calico/typha:v3.27.3")
                .hasEnv("TYPHA_DATASTORETYPE", "kubernetes")
                .hasEnv("TYPHA_CONNECTIONREBALANCINGMODE", "kubernetes")
                // kops 1.30 renders no TYPHA_SHUTDOWNTIMEOUTSECS (its own render, calico/typha.tsv); 1.33+ does
                .doesNotHaveEnv("TYPHA_SHUTDOWNTIMEOUTSECS")
                .hasEnv("TYPHA_PROMETHEUSMETRICSENABLED", "false")
                .hasEnv("TYPHA_PROMETHEUSMETRICSPORT", "9093");

        PodnetAssertions.assertThat(a).object("Service", "calico-typha")
                .hasValue("spec.ports[0]", Map.of("name", "calico-typha", "port", 5473,
                        "protocol", "TCP", "targetPort", "calico-typha"))
                .hasValue("spec.selector", Map.of("k8s-app", "calico-typha"));

        PodnetAssertions.assertThat(a).object("PodDisruptionBudget", "calico-typha")
                .hasValue("apiVersion", "policy/v1")
                .hasValue("spec.maxUnavailable", 1);

        List<String> order = KopsYaml.parse(a.yaml()).stream().map(o -> o.kind() + "/" + o.name()).toList();
        assertThat(order).containsSubsequence("PodDisruptionBudget/calico-kube-controllers",
                "PodDisruptionBudget/calico-typha");
        assertThat(order).containsSubsequence("Service/calico-typha", "DaemonSet/calico-node",
                "Deployment/calico-kube-controllers", "Deployment/calico-typha");
        assertThat(a.manifestHash()).isEqualTo(a.channelEntry().manifestHash());
    }

    @Test
    void typhaFollowsRegistryVersionAndPrometheusSettings() {
        RenderedAddon a = render("1.32.0", "1.32.0", CalicoSpec.builder().typhaReplicas(2).registry("quay.io")
                .version("v3.29.9").typhaPrometheusMetricsEnabled(true).typhaPrometheusMetricsPort(9191).build());
        PodnetAssertions.assertThat(a).deployment("calico-typha").hasValue("spec.replicas", 2)
                .container("calico-typha").hasImage("quay.io/calico/typha:v3.29.9")
                .hasEnv("TYPHA_PROMETHEUSMETRICSENABLED", "true")
                .hasEnv("TYPHA_PROMETHEUSMETRICSPORT", "9191");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.22.0", "1.25.0", "1.34.0", "1.37.0-alpha.1"})
    void typhaImageTracksEachReleaseAndWithoutTyphaNothingIsAdded(String release) {
        RenderedAddon with = render(release, "1.25.3", CalicoSpec.builder().typhaReplicas(1).build());
        String node = String.valueOf(find(with, "DaemonSet", "calico-node").container("calico-node").orElseThrow()
                .get("image"));
        assertThat(find(with, "Deployment", "calico-typha").container("calico-typha").orElseThrow().get("image"))
                .isEqualTo(node.replace("/node:", "/typha:"));
        RenderedAddon without = render(release, "1.25.3", CalicoSpec.builder().build());
        assertThat(KopsYaml.parse(without.yaml())).extracting(KubeObject::name).doesNotContain("calico-typha");
        assertThat(find(without, "ConfigMap", "calico-config").get("data.typha_service_name")).contains("none");
        assertThat(env(find(without, "DaemonSet", "calico-node"), "calico-node"))
                .noneMatch(e -> "FELIX_TYPHAK8SSERVICENAME".equals(e.get("name")));
    }
}
