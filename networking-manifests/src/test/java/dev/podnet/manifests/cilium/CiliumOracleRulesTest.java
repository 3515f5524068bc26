package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.data;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules learnt by rendering specs with and without an option through kops itself (issue 9; the
 * oracle-cilium fixtures hold kops' hashes for such specs): one test per rule.
 */
class CiliumOracleRulesTest {

    private static final String NMC = "100.64.0.0/10";

    private static Object volume(KubeObject o, String name) {
        List<?> volumes = (List<?>) o.get("spec.template.spec.volumes").orElseThrow();
        return volumes.stream().filter(v -> name.equals(((Map<?, ?>) v).get("name"))).findFirst().orElseThrow();
    }

    @Test
    void etcdConfigVolumeModeAndBlankLineByRelease() {
        RenderedAddon at28 = render("1.28.0", base("v1.13.6").etcdManaged(true).build(), NMC);
        assertThat(String.valueOf(volume(find(at28, "DaemonSet", "cilium"), "etcd-config-path"))).contains("defaultMode=420");
        assertThat(String.valueOf(volume(find(at28, "Deployment", "cilium-operator"), "etcd-config-path")))
                .contains("defaultMode=420");
        assertThat(String.valueOf(data(at28).get("etcd-config"))).contains(":4003\n\ntrusted-ca-file");
        RenderedAddon at33 = render("1.33.0", base("v1.16.7").etcdManaged(true).build(), NMC);
        assertThat(String.valueOf(volume(find(at33, "DaemonSet", "cilium"), "etcd-config-path"))).contains("defaultMode=256");
        assertThat(String.valueOf(volume(find(at33, "Deployment", "cilium-operator"), "etcd-config-path")))
                .contains("defaultMode=420");
        RenderedAddon at36 = render("1.36.0", base("v1.18.6").etcdManaged(true).build(), NMC);
        assertThat(String.valueOf(volume(find(at36, "Deployment", "cilium-operator"), "etcd-config-path")))
                .contains("defaultMode=256");
        assertThat(String.valueOf(data(at36).get("etcd-config"))).contains(":4003\ntrusted-ca-file");
    }

    @Test
    void prometheusPortsAnnotationAndOperatorPort() {
        RenderedAddon at22 = render("1.22.0", base("v1.10.5").enablePrometheusMetrics(true).build(), NMC);
        KubeObject ds22 = find(at22, "DaemonSet", "cilium");
        assertThat(ds22.get("spec.template.metadata.annotations").orElseThrow().toString()).contains("prometheus.io/port=\u2382");
        assertThat(String.valueOf(ds22.container("cilium-agent").orElseThrow().get("ports"))).doesNotContain("hostPort");
        assertThat(String.valueOf(find(at22, "Deployment", "cilium-operator").container("cilium-operator").orElseThrow()
                .get("ports"))).contains("containerPort=6942, hostPort=6942");
        RenderedAddon at30 = render("1.30.0", base("v1.15.6").enablePrometheusMetrics(true)
                .hubble(HubbleSpec.builder().enabled(true).metrics(List.of("dns")).build()).build(), NMC);
        List<?> ports = (List<?>) find(at30, "DaemonSet", "cilium").container("cilium-agent").orElseThrow().get("ports");
        assertThat(((Map<?, ?>) ports.get(ports.size() - 1)).get("name")).isEqualTo("prometheus");
        assertThat(find(at30, "DaemonSet", "cilium").get("spec.template.metadata.annotations").orElseThrow().toString())
                .contains("prometheus.io/port=9090");
        RenderedAddon at33 = render("1.33.0", base("v1.16.7").enablePrometheusMetrics(true).build(), NMC);
        assertThat(String.valueOf(find(at33, "Deployment", "cilium-operator").container("cilium-operator").orElseThrow()
                .get("ports"))).contains("containerPort=9963");
    }

    @Test
    void debugAddsMonitorSidecarAndRelayDebugFrom129() {
        RenderedAddon at30 = render("1.30.0", base("v1.15.6").debug(true)
                .hubble(HubbleSpec.builder().enabled(true).build()).build(), NMC);
        Map<String, Object> monitor = find(at30, "DaemonSet", "cilium").container("cilium-monitor").orElseThrow();
        assertThat(String.valueOf(monitor.get("args"))).contains("cilium monitor --type=agent");
        assertThat(monitor.get("image")).isEqualTo(find(at30, "DaemonSet", "cilium").container("cilium-agent").orElseThrow()
                .get("image"));
        assertThat(find(at30, "Deployment", "hubble-relay").container("hubble-relay").orElseThrow().get("args"))
                .isEqualTo(List.of("serve", "--debug"));
        RenderedAddon at36 = render("1.36.0", base("v1.18.6").debug(true).build(), NMC);
        assertThat(String.valueOf(find(at36, "DaemonSet", "cilium").container("cilium-monitor").orElseThrow().get("args")))
                .contains("cilium-dbg monitor");
        RenderedAddon at28 = render("1.28.0", base("v1.13.6").debug(true).build(), NMC);
        assertThat(find(at28, "DaemonSet", "cilium").container("cilium-monitor")).isEmpty();
    }

    @Test
    void integerQuantitiesAreYamlIntegers() {
        RenderedAddon a = render("1.30.0", base("v1.15.6").cpuRequest("1").memoryRequest("1Gi").build(), NMC);
        assertThat(a.yaml()).contains("cpu: 1\n").contains("memory: 1Gi");
    }

    @Test
    void sharedIngressLoadBalancerByRelease() {
        RenderedAddon at33 = render("1.33.0", base("v1.16.7").ingress(CiliumIngressSpec.builder().enabled(true)
                .sharedLoadBalancerServiceName("my-lb").build()).build(), NMC);
        List<KubeObject> objs = KopsYaml.parse(at33.yaml());
        List<String> ids = objs.stream().map(o -> o.kind() + "/" + o.name()).toList();
        assertThat(ids).containsSubsequence("IngressClass/cilium", "Service/my-lb", "Endpoints/my-lb");
        assertThat(ids.indexOf("Service/my-lb")).isEqualTo(ids.indexOf("IngressClass/cilium") + 1);
        assertThat(data(at33)).containsEntry("ingress-shared-lb-service-name", "my-lb");
        RenderedAddon at36 = render("1.36.0", base("v1.18.6").ingress(CiliumIngressSpec.builder().enabled(true).build())
                .build(), NMC);
        List<KubeObject> o36 = KopsYaml.parse(at36.yaml());
        assertThat(o36.get(o36.size() - 1).kind()).isEqualTo("Endpoints");
        assertThat(data(at36)).doesNotContainKey("ingress-shared-lb-service-name");
        RenderedAddon dedicated = render("1.36.0", base("v1.18.6").ingress(CiliumIngressSpec.builder().enabled(true)
                .defaultLoadBalancerMode("dedicated").build()).build(), NMC);
        assertThat(KopsYaml.parse(dedicated.yaml())).noneMatch(o -> o.kind().equals("Endpoints"));
    }

    @Test
    void controllerGroupMetricsIsSpaceSeparated() {
        assertThat(data(render("1.36.0", base("v1.18.6").enablePrometheusMetrics(true).build(), NMC)))
                .containsEntry("controller-group-metrics", "write-cni-file sync-host-ips sync-lb-maps-with-k8s-services");
    }
}
