package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules learnt from kops' oracle renders (src/build/oracle_calico.py), one test each. */
class OracleRulesTest {

    static RenderedAddon render(String release, String kubernetes, Map<String, Object> networking) {
        Map<String, Object> c = new java.util.LinkedHashMap<>(Map.of("id", "t", "kubernetesVersion", kubernetes,
                "networking", networking));
        return Podnet.forRelease(release).render(OracleCalicoTest.spec(c)).addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parseManifest(a.yaml()).get(kind, name);
    }

    @Test
    void birdProbesOnlyWithIpip() {
        KubeObject vxlan = find(render("1.30.0", "1.29.0", Map.of("calico", Map.of("encapsulationMode", "vxlan"))),
                "DaemonSet", "calico-node");
        assertThat(vxlan.get("spec.template.spec.containers[0].livenessProbe.exec.command"))
                .contains(List.of("/bin/calico-node", "-felix-live"));
        assertThat(vxlan.get("spec.template.spec.containers[0].readinessProbe.exec.command"))
                .contains(List.of("/bin/calico-node", "-felix-ready"));
        KubeObject ipip = find(render("1.30.0", "1.29.0", Map.of("calico", Map.of())), "DaemonSet", "calico-node");
        assertThat(ipip.get("spec.template.spec.containers[0].livenessProbe.exec.command"))
                .contains(List.of("/bin/calico-node", "-felix-live", "-bird-live"));
    }

    @Test
    void cpuRequestInCanonicalForm() {
        KubeObject calico = find(render("1.33.1", "1.30.0", Map.of("calico", Map.of("cpuRequest", "0.5"))),
                "DaemonSet", "calico-node");
        assertThat(calico.get("spec.template.spec.containers[0].resources.requests.cpu")).contains("500m");
        RenderedAddon canal = render("1.28.0", "1.24.0", Map.of("canal", Map.of("cpuRequest", "1")));
        assertThat(canal.yaml()).contains("cpu: 1\n");
    }

    @Test
    void olderKubernetesTemplatesRenderAtLaterReleases() {
        assertThat(render("1.28.0", "1.24.0", Map.of("calico", Map.of())).templateId()).isEqualTo("k8s-1.22");
        assertThat(render("1.24.0", "1.22.0", Map.of("calico", Map.of())).templateId()).isEqualTo("k8s-1.16");
        assertThat(render("1.30.0", "1.24.0", Map.of("canal", Map.of())).templateId()).isEqualTo("k8s-1.22");
        // kops 1.33 renders Canal's k8s-1.25 template for Kubernetes 1.24 (oracle)
        assertThat(render("1.33.1", "1.24.0", Map.of("canal", Map.of())).templateId()).isEqualTo("k8s-1.25");
    }

    @Test
    void podDisruptionBudgetsAreV1beta1BelowKubernetes123FromKops125() {
        RenderedAddon old = render("1.28.0", "1.22.9", Map.of("calico", Map.of("typhaReplicas", 1)));
        assertThat(find(old, "PodDisruptionBudget", "calico-kube-controllers").apiVersion()).isEqualTo("policy/v1beta1");
        assertThat(find(old, "PodDisruptionBudget", "calico-typha").apiVersion()).isEqualTo("policy/v1beta1");
        RenderedAddon newer = render("1.28.0", "1.23.0", Map.of("calico", Map.of("typhaReplicas", 1)));
        assertThat(find(newer, "PodDisruptionBudget", "calico-typha").apiVersion()).isEqualTo("policy/v1");
        // kops 1.24's Canal template writes policy/v1 whatever the Kubernetes version
        RenderedAddon canal124 = render("1.24.0", "1.22.0", Map.of("canal", Map.of()));
        assertThat(find(canal124, "PodDisruptionBudget", "calico-kube-controllers").apiVersion()).isEqualTo("policy/v1");
    }

    @Test
    void typhaObjectsAreKopsRenderOfTheTemplate() {
        // kops 1.24's k8s-1.23 template: Service, Deployment and PDB together before calico-node
        RenderedAddon a = render("1.24.0", "1.24.0", Map.of("calico", Map.of("typhaReplicas", 2)));
        List<String> names = KopsYaml.parseManifest(a.yaml()).objects().stream()
                .map(o -> o.kind() + "/" + o.name()).toList();
        assertThat(names).containsSubsequence("Service/calico-typha", "Deployment/calico-typha",
                "PodDisruptionBudget/calico-typha", "DaemonSet/calico-node");
        assertThat(find(a, "Deployment", "calico-typha").get("spec.replicas")).contains(2);
        assertThat(CalicoTypha.rendered(dev.podnet.manifests.internal.RenderCaches.withCapacity(0), "calico", "1.36", "k8s-1.25")).isPresent();
        assertThat(CalicoTypha.rendered(dev.podnet.manifests.internal.RenderCaches.withCapacity(0), "canal", "1.28", "k8s-1.22")).isPresent();
    }

    @Test
    void prometheusMetricsPortsOnCalicoNodeAndTypha() {
        RenderedAddon a = render("1.36.0", "1.30.0", Map.of("calico", Map.of("prometheusMetricsEnabled", true,
                "prometheusMetricsPort", 9092, "typhaReplicas", 1, "typhaPrometheusMetricsEnabled", true)));
        assertThat(find(a, "DaemonSet", "calico-node").get("spec.template.spec.containers[0].ports"))
                .contains(List.of(Map.of("containerPort", 9092, "name", "metrics", "protocol", "TCP")));
        assertThat(find(a, "Deployment", "calico-typha").get("spec.template.spec.containers[0].ports[1]"))
                .contains(Map.of("containerPort", 9093, "name", "metrics", "protocol", "TCP"));
        RenderedAddon off = render("1.24.0", "1.23.0", Map.of("calico", Map.of("typhaReplicas", 1)));
        assertThat(find(off, "DaemonSet", "calico-node").get("spec.template.spec.containers[0].ports")).isEmpty();
        assertThat(find(off, "Deployment", "calico-typha").get("spec.template.spec.containers[0].ports[1]")).isEmpty();
    }

    @Test
    void bpfOpensWithTheServicesEndpointConfigMap() {
        RenderedAddon a = render("1.30.0", "1.28.0", Map.of("calico", Map.of("bpfEnabled", true)));
        KubeObject first = KopsYaml.parseManifest(a.yaml()).objects().get(0);
        assertThat(first.kind() + "/" + first.name()).isEqualTo("ConfigMap/kubernetes-services-endpoint");
        assertThat(first.get("data")).contains(Map.of("KUBERNETES_SERVICE_HOST", "api.internal.minimal.example.com",
                "KUBERNETES_SERVICE_PORT", "443"));
        assertThat(KopsYaml.parseManifest(render("1.30.0", "1.28.0", Map.of("calico", Map.of())).yaml())
                .find("ConfigMap", "kubernetes-services-endpoint")).isEmpty();
    }

    @Test
    void ipv6OnlyClustersUseHostLocalIpamOnThePodCidr() {
        Map<String, Object> c = new java.util.LinkedHashMap<>(Map.of("id", "t", "kubernetesVersion", "1.30.0",
                "ipv6", true, "networking", Map.of("calico", Map.of("encapsulationMode", "none",
                        "ipv4AutoDetectionMethod", "interface=eth.*"))));
        RenderedAddon a = Podnet.forRelease("1.33.1").render(OracleCalicoTest.spec(c)).addons().get(0);
        assertThat(String.valueOf(find(a, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow()))
                .contains("\"type\": \"host-local\"", "usePodCidrIPv6").doesNotContain("calico-ipam");
        KubeObject node = find(a, "DaemonSet", "calico-node");
        List<Object> env = List.copyOf((List<?>) node.get("spec.template.spec.containers[0].env").orElseThrow());
        assertThat(env).contains((Object) Map.of("name", "USE_POD_CIDR", "value", "true"),
                Map.of("name", "IP", "value", "none"), Map.of("name", "IP6", "value", "autodetect"),
                Map.of("name", "IP_AUTODETECTION_METHOD", "value", "interface=eth.*"),
                Map.of("name", "IP6_AUTODETECTION_METHOD", "value", "first-found"),
                Map.of("name", "CALICO_ROUTER_ID", "value", "hash"), Map.of("name", "NO_DEFAULT_POOLS", "value", "true"));
        assertThat(env.toString()).doesNotContain("CALICO_IPV4POOL_CIDR");
        assertThat(node.containerNames()).doesNotContain("upgrade-ipam");
        // kops 1.24's k8s-1.23 template keeps upgrade-ipam on IPv6
        c.put("kubernetesVersion", "1.23.0");
        KubeObject old = find(Podnet.forRelease("1.24.0").render(OracleCalicoTest.spec(c)).addons().get(0),
                "DaemonSet", "calico-node");
        assertThat(old.containerNames()).contains("upgrade-ipam");
    }

    @Test
    void ipv6RulesOfOlderKubernetesTemplates() {
        Map<String, Object> c = new java.util.LinkedHashMap<>(Map.of("id", "t", "kubernetesVersion", "1.24.0",
                "ipv6", true, "networking", Map.of("calico", Map.of("encapsulationMode", "none"))));
        // kops 1.28's k8s-1.22 template: upgrade-ipam stays and awsSrcDstCheck still applies on IPv6
        RenderedAddon a = Podnet.forRelease("1.28.0").render(OracleCalicoTest.spec(c)).addons().get(0);
        assertThat(a.templateId()).isEqualTo("k8s-1.22");
        KubeObject node = find(a, "DaemonSet", "calico-node");
        assertThat(node.containerNames()).contains("upgrade-ipam");
        assertThat(node.get("spec.template.spec.containers[0].env").orElseThrow().toString())
                .contains("{name=FELIX_AWSSRCDSTCHECK, value=Disable}");
        // kops 1.24's k8s-1.16 template: the IPv6 host-local range is usePodCidr
        c.put("kubernetesVersion", "1.22.0");
        RenderedAddon k116 = Podnet.forRelease("1.24.0").render(OracleCalicoTest.spec(c)).addons().get(0);
        assertThat(k116.templateId()).isEqualTo("k8s-1.16");
        assertThat(String.valueOf(find(k116, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow()))
                .contains("[[{ \"subnet\": \"usePodCidr\" }]]");
    }
}
