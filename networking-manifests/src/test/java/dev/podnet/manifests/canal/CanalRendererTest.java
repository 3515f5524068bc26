package dev.podnet.manifests.canal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.testkit.PodnetAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Canal's documented substitutions (§2.2, §2.4) with specs the corpus does not contain. */
class CanalRendererTest {

    static RenderedAddon render(String release, String kubernetes, Cloud cloud, CanalSpec spec) {
        Cluster c = Cluster.builder().name("canal.example.com").kubernetesVersion(kubernetes).cloud(cloud)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("100.96.0.0/11").build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.80.0.0/12").build()).build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    static String env(KubeObject ds, String container, String name) {
        return ((List<Map<String, Object>>) ds.container(container).orElseThrow().get("env")).stream()
                .filter(e -> name.equals(e.get("name"))).map(e -> String.valueOf(e.get("value"))).findFirst().orElse(null);
    }

    @Test
    void mtuIptablesAndFelixOptions() {
        RenderedAddon a = render("1.28.0", "1.26.5", Cloud.AWS, CanalSpec.builder().mtu(8951)
                .iptablesBackend(CanalSpec.IptablesBackend.NFT).chainInsertMode(CanalSpec.ChainInsertMode.APPEND)
                .defaultEndpointToHostAction(CanalSpec.EndpointToHostAction.DROP)
                .logSeveritySys(CanalSpec.LogSeverity.WARNING).prometheusMetricsEnabled(true).prometheusMetricsPort(9191)
                .prometheusGoMetricsEnabled(true).prometheusProcessMetricsEnabled(true).cpuRequest("250m")
                .flanneldIptablesForwardRules(false).build());
        assertThat(a.templateId()).isEqualTo("k8s-1.25");
        PodnetAssertions.assertThat(a).configMap("canal-config").hasData("veth_mtu", "8951")
                .hasData("typha_service_name", "none")
                .hasData("net-conf.json", "{\n  \"Network\": \"100.80.0.0/12\",\n  \"Backend\": {\n    \"Type\": \"vxlan\"\n  }\n}");
        PodnetAssertions.assertThat(a).daemonSet("canal").container("calico-node")
                .hasEnv("FELIX_IPTABLESBACKEND", "NFT")
                .hasEnv("FELIX_CHAININSERTMODE", "append")
                .hasEnv("FELIX_DEFAULTENDPOINTTOHOSTACTION", "DROP")
                .hasEnv("FELIX_LOGSEVERITYSCREEN", "WARNING")
                .hasEnv("FELIX_PROMETHEUSMETRICSENABLED", "true")
                .hasEnv("FELIX_PROMETHEUSMETRICSPORT", "9191")
                .hasEnv("FELIX_PROMETHEUSGOMETRICSENABLED", "true")
                .hasEnv("FELIX_PROMETHEUSPROCESSMETRICSENABLED", "true")
                .hasResources(Map.of("requests", Map.of("cpu", "250m")))
                .and().container("kube-flannel").hasEnv("FLANNELD_IPTABLES_FORWARD_RULES", "false");
    }

    @Test
    void defaultsOfEachTemplate() {
        // k8s-1.16: MTU 1440 (1430 on OpenStack), Go/process metrics always "true" (the template's `or`)
        RenderedAddon old = render("1.22.0", "1.21.3", Cloud.AWS, CanalSpec.builder().build());
        assertThat(old.templateId()).isEqualTo("k8s-1.16");
        assertThat(find(old, "ConfigMap", "canal-config").get("data.veth_mtu")).contains("1440");
        KubeObject ds = find(old, "DaemonSet", "canal");
        assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).isEqualTo("true");
        assertThat(env(ds, "kube-flannel", "FLANNELD_IPTABLES_FORWARD_RULES")).isNull();
        RenderedAddon openstack = render("1.22.0", "1.21.3", Cloud.OPENSTACK, CanalSpec.builder().build());
        assertThat(find(openstack, "ConfigMap", "canal-config").get("data.veth_mtu")).contains("1430");
        // k8s-1.22: MTU 0 (auto), metrics false
        RenderedAddon newer = render("1.24.0", "1.22.3", Cloud.AWS, CanalSpec.builder().disableFlannelForwardRules(true)
                .build());
        assertThat(newer.templateId()).isEqualTo("k8s-1.22");
        assertThat(find(newer, "ConfigMap", "canal-config").get("data.veth_mtu")).contains("0");
        KubeObject ds2 = find(newer, "DaemonSet", "canal");
        assertThat(env(ds2, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).isEqualTo("false");
        assertThat(env(ds2, "kube-flannel", "FLANNELD_IPTABLES_FORWARD_RULES")).isEqualTo("false");
    }

    @Test
    void typhaIsRefusedWithTheReason() {
        assertThatThrownBy(() -> render("1.28.0", "1.26.5", Cloud.AWS, CanalSpec.builder().typhaReplicas(2).build()))
                .hasMessageContaining("typhaReplicas 2").hasMessageContaining("kops 1.28 fails");
    }

    @Test
    void typhaWithTheTemplatesBeforeK8s125() {
        // kops 1.22 k8s-1.16, kops 1.23 and 1.24 k8s-1.22; kops 1.24 itself (oracle, canal/typha.tsv) writes
        // the Typha PDB policy/v1beta1 beside calico-kube-controllers' policy/v1
        String[][] cases = {{"1.22.0", "1.21.4", "k8s-1.16", "v3.13.4", "policy/v1beta1"},
                {"1.23.0", "1.22.2", "k8s-1.22", "v3.21.4", "policy/v1beta1"},
                {"1.24.0", "1.23.1", "k8s-1.22", "v3.23.1", "policy/v1beta1"}};
        for (String[] c : cases) {
            RenderedAddon a = render(c[0], c[1], Cloud.AWS, CanalSpec.builder().typhaReplicas(3)
                    .typhaPrometheusMetricsEnabled(true).typhaPrometheusMetricsPort(9193).build());
            String id = c[0] + " " + c[2];
            assertThat(a.templateId()).as(id).isEqualTo(c[2]);
            assertThat(find(a, "ConfigMap", "canal-config").get("data.typha_service_name")).as(id).contains("calico-typha");
            KubeObject ds = find(a, "DaemonSet", "canal");
            assertThat(ds.container("calico-node").orElseThrow().get("env").toString()).as(id)
                    .contains("FELIX_TYPHAK8SSERVICENAME");
            KubeObject typha = find(a, "Deployment", "calico-typha");
            assertThat(typha.get("spec.replicas")).as(id).contains(3);
            assertThat(typha.get("spec.template.spec.serviceAccountName")).as(id).contains("canal");
            assertThat(typha.container("calico-typha").orElseThrow().get("image")).as(id).isEqualTo("calico/typha:" + c[3]);
            assertThat(env(typha, "calico-typha", "TYPHA_PROMETHEUSMETRICSENABLED")).as(id).isEqualTo("true");
            assertThat(env(typha, "calico-typha", "TYPHA_PROMETHEUSMETRICSPORT")).as(id).isEqualTo("9193");
            assertThat(find(a, "Service", "calico-typha").get("spec.ports[0].port")).as(id).contains(5473);
            String pdb = find(a, "PodDisruptionBudget", "calico-typha").apiVersion();
            assertThat(pdb).as(id).isEqualTo(c[4] != null ? c[4]
                    : find(a, "PodDisruptionBudget", "calico-kube-controllers").apiVersion());
        }
    }
}
