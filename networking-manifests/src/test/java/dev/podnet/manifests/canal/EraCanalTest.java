package dev.podnet.manifests.canal;

import static dev.podnet.manifests.canal.CanalRendererTest.env;
import static dev.podnet.manifests.canal.CanalRendererTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kops 1.19-1.21's Canal templates (canal releases.yaml, kops-oracle renders of the generated specs):
 * veth_mtu default by template (k8s-1.12 1500, k8s-1.15 1440, none in k8s-1.9), FELIX_LOGSEVERITYSCREEN
 * INFO, Go and process metrics "true" whatever the spec says, and k8s-1.9's own cpu request.
 */
class EraCanalTest {

    static RenderedAddon render(String release, String templateId, CanalSpec spec) {
        Cluster c = Cluster.builder().name("old.example.com").kubernetesVersion("1.17.9").cloud(Cloud.AWS)
                .addEtcdClusters(EtcdCluster.builder().name("main").putExtraFields("etcdMembers",
                        List.of(Map.of("name", "a"))).build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().stream()
                .filter(a -> a.templateId().equals(templateId)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, k8s-1.12, 1500", "1.20.0, k8s-1.15, 1440", "1.21.0, k8s-1.16, 1440"})
    void eraDefaults(String release, String templateId, String mtu) {
        RenderedAddon a = render(release, templateId, CanalSpec.builder().prometheusGoMetricsEnabled(false).build());
        assertThat(find(a, "ConfigMap", "canal-config").get("data.veth_mtu")).contains(mtu);
        KubeObject ds = find(a, "DaemonSet", "canal");
        assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).isEqualTo("true");
        assertThat(env(ds, "calico-node", "FELIX_LOGSEVERITYSCREEN"))
                .isEqualTo(templateId.equals("k8s-1.16") ? "info" : "INFO");
    }

    @ParameterizedTest
    @CsvSource({"1.19.0"})
    void k8s19HasNoMtuKeyAndItsOwnCpuRequest(String release) {
        RenderedAddon a = render(release, "k8s-1.9", CanalSpec.builder().cpuRequest("500m").build());
        KubeObject cm = find(a, "ConfigMap", "canal-config");
        assertThat(cm.get("data.veth_mtu")).isEmpty();
        assertThat(cm.get("data.typha_service_name")).isEmpty();
        KubeObject ds = find(a, "DaemonSet", "canal");
        int i = ds.containerNames().indexOf("calico-node");
        assertThat(ds.get("spec.template.spec.containers[" + i + "].resources.requests.cpu")).contains("250m");
    }

    /**
     * kops 1.19-1.21's Canal k8s-1.9 and k8s-1.12 templates have no Typha (typha.tsv "none"):
     * typhaReplicas changes nothing there; k8s-1.15 and k8s-1.16 render kops' own Typha objects.
     */
    @ParameterizedTest
    @CsvSource({"1.19.0, k8s-1.9, false", "1.20.0, k8s-1.12, false", "1.21.0, k8s-1.12, false",
        "1.19.0, k8s-1.15, true", "1.21.0, k8s-1.16, true"})
    void typhaOnlyWhereTheEraTemplateHasIt(String release, String templateId, boolean typha) {
        RenderedAddon with = render(release, templateId, CanalSpec.builder().typhaReplicas(3).build());
        RenderedAddon without = render(release, templateId, CanalSpec.builder().build());
        assertThat(with.yaml().equals(without.yaml())).isEqualTo(!typha);
        if (typha) {
            assertThat(find(with, "Deployment", "calico-typha").get("spec.replicas")).contains(3);
            assertThat(find(with, "ConfigMap", "canal-config").get("data.typha_service_name")).contains("calico-typha");
            assertThat(env(find(with, "DaemonSet", "canal"), "calico-node", "FELIX_TYPHAK8SSERVICENAME")).isNotNull();
        }
    }

    /** kops 1.19's k8s-1.9 template has no FLANNELD_IPTABLES_FORWARD_RULES; its others write it (oracle_varied.py canal). */
    @ParameterizedTest
    @CsvSource({"1.19.0, k8s-1.9, false", "1.19.0, k8s-1.12, true", "1.19.0, k8s-1.16, true", "1.21.0, k8s-1.12, true"})
    void forwardRulesEnvByTemplate(String release, String templateId, boolean written) {
        KubeObject ds = find(render(release, templateId, CanalSpec.builder().disableFlannelForwardRules(true).build()),
                "DaemonSet", "canal");
        assertThat(env(ds, "kube-flannel", "FLANNELD_IPTABLES_FORWARD_RULES")).isEqualTo(written ? "false" : null);
    }
}
