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

    static String envValue(KubeObject o, String container, String name) {
        return env(o, container).stream().filter(e -> name.equals(e.get("name"))).map(e -> String.valueOf(e.get("value")))
                .findFirst().orElse(null);
    }

    @Test
    void vxlanWithMtu8981AndThreeTyphaReplicas() {
        RenderedAddon a = render("1.30.0", "1.30.2", CalicoSpec.builder().encapsulationMode("vxlan").mtu(8981)
                .typhaReplicas(3).build());
        KubeObject cm = find(a, "ConfigMap", "calico-config");
        assertThat(cm.get("data.veth_mtu")).contains("8981");
        assertThat(cm.get("data.typha_service_name")).contains("calico-typha");
        assertThat(cm.get("data.calico_backend")).contains("vxlan");

        KubeObject node = find(a, "DaemonSet", "calico-node");
        assertThat(envValue(node, "calico-node", "CALICO_IPV4POOL_VXLAN")).isEqualTo("CrossSubnet");
        List<String> names = env(node, "calico-node").stream().map(e -> (String) e.get("name")).toList();
        assertThat(names).containsSubsequence("DATASTORE_TYPE", "FELIX_TYPHAK8SSERVICENAME", "WAIT_FOR_DATASTORE");
        assertThat(env(node, "calico-node").get(names.indexOf("FELIX_TYPHAK8SSERVICENAME"))).isEqualTo(Map.of(
                "name", "FELIX_TYPHAK8SSERVICENAME", "valueFrom",
                Map.of("configMapKeyRef", Map.of("key", "typha_service_name", "name", "calico-config"))));

        KubeObject deployment = find(a, "Deployment", "calico-typha");
        assertThat(deployment.get("spec.replicas")).contains(3);
        assertThat(deployment.get("spec.template.spec.hostNetwork")).contains(true);
        assertThat(deployment.container("calico-typha").orElseThrow().get("image"))
                .isEqualTo("docker.io/calico/typha:v3.27.3");
        assertThat(deployment.get("spec.template.spec.containers[0].ports[0]")).contains(Map.of(
                "containerPort", 5473, "name", "calico-typha", "protocol", "TCP"));
        assertThat(deployment.get("spec.template.spec.containers[0].livenessProbe.httpGet.path")).contains("/liveness");
        assertThat(deployment.get("spec.template.spec.containers[0].readinessProbe.httpGet.port")).contains(9098);
        assertThat(envValue(deployment, "calico-typha", "TYPHA_DATASTORETYPE")).isEqualTo("kubernetes");
        assertThat(envValue(deployment, "calico-typha", "TYPHA_CONNECTIONREBALANCINGMODE")).isEqualTo("kubernetes");
        // kops 1.30 renders no TYPHA_SHUTDOWNTIMEOUTSECS (its own render, calico/typha.tsv); 1.33+ does
        assertThat(env(deployment, "calico-typha").stream().map(e -> e.get("name"))).doesNotContain("TYPHA_SHUTDOWNTIMEOUTSECS");
        assertThat(envValue(deployment, "calico-typha", "TYPHA_PROMETHEUSMETRICSENABLED")).isEqualTo("false");
        assertThat(envValue(deployment, "calico-typha", "TYPHA_PROMETHEUSMETRICSPORT")).isEqualTo("9093");
        assertThat(deployment.get("metadata.labels[\"addon.kops.k8s.io/name\"]")).contains("networking.projectcalico.org");
        assertThat(deployment.get("spec.template.metadata.labels[\"kops.k8s.io/managed-by\"]")).contains("kops");

        KubeObject service = find(a, "Service", "calico-typha");
        assertThat(service.get("spec.ports[0]")).contains(Map.of("name", "calico-typha", "port", 5473,
                "protocol", "TCP", "targetPort", "calico-typha"));
        assertThat(service.get("spec.selector")).contains(Map.of("k8s-app", "calico-typha"));

        KubeObject pdb = find(a, "PodDisruptionBudget", "calico-typha");
        assertThat(pdb.apiVersion()).isEqualTo("policy/v1");
        assertThat(pdb.get("spec.maxUnavailable")).contains(1);

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
        KubeObject deployment = find(a, "Deployment", "calico-typha");
        assertThat(deployment.container("calico-typha").orElseThrow().get("image")).isEqualTo("quay.io/calico/typha:v3.29.9");
        assertThat(envValue(deployment, "calico-typha", "TYPHA_PROMETHEUSMETRICSENABLED")).isEqualTo("true");
        assertThat(envValue(deployment, "calico-typha", "TYPHA_PROMETHEUSMETRICSPORT")).isEqualTo("9191");
        assertThat(deployment.get("spec.replicas")).contains(2);
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
