package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.env;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.provider.WeaveSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kops 1.18's Calico and Weave substitutions (calico-canal-flannel-kuberouter-kubenet-cni.md §1.2/§1.4,
 * 1.18 column; weave-romana-kopeio-kindnet-and-cross-cutting.md §A.1.8–§A.1.10), each with a spec the
 * oracle does not contain. kops 1.18 lists every template in the channel, so each one is checked.
 */
class Kops118SubstitutionTest {

    static Cluster cluster(ProviderSpec provider, Cloud cloud) {
        return Cluster.builder().name("old.example.com").kubernetesVersion("1.17.9").cloud(cloud)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("10.200.0.0/16").build())
                .addEtcdClusters(EtcdCluster.builder().name("main").putExtraFields("etcdMembers",
                        List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c"))).build())
                .networking(Networking.builder().provider(provider).nonMasqueradeCIDR("10.0.0.0/8").build())
                .build();
    }

    static RenderedAddon render(Cluster c, String templateId) {
        return TestRendering.forRelease(KopsVersion.of("1.18.0")).render(c).addons().stream()
                .filter(a -> a.templateId().equals(templateId)).findFirst().orElseThrow();
    }

    @Test
    void calicoDefaultsOfKops118() {
        Cluster c = cluster(CalicoSpec.builder().build(), Cloud.AWS);
        for (String id : List.of("k8s-1.12", "k8s-1.16")) {
            RenderedAddon a = render(c, id);
            KubeObject cm = find(a, "ConfigMap", "calico-config");
            assertThat(cm.get("data.veth_mtu")).as(id).contains("1440");
            assertThat(cm.get("data.typha_service_name")).as(id).contains("none");
            KubeObject ds = find(a, "DaemonSet", "calico-node");
            assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_IPIP")).as(id).isEqualTo("Always");
            assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_CIDR")).as(id).isEqualTo("10.200.0.0/16");
            assertThat(env(ds, "calico-node", "FELIX_IPTABLESBACKEND")).as(id)
                    .isEqualTo(id.equals("k8s-1.12") ? "Legacy" : "Auto");
            assertThat(a.manifestHash()).as(id).hasSize(40);
        }
    }

    @Test
    void calicoOpenstackMtuIs1430() {
        RenderedAddon a = render(cluster(CalicoSpec.builder().build(), Cloud.OPENSTACK), "k8s-1.16");
        assertThat(find(a, "ConfigMap", "calico-config").get("data.veth_mtu")).contains("1430");
    }

    @Test
    void calicoFieldsOfKops118() {
        Cluster c = cluster(CalicoSpec.builder().mtu(8981).ipipMode("Never").iptablesBackend("NFT")
                .logSeverityScreen("warning").prometheusMetricsEnabled(true).prometheusMetricsPort(9191)
                .prometheusGoMetricsEnabled(false).prometheusProcessMetricsEnabled(false).cpuRequest("300m")
                .registry("quay.io").version("v9.9.9").build(), Cloud.GCE);
        for (String id : List.of("k8s-1.12", "k8s-1.16")) {
            RenderedAddon a = render(c, id);
            assertThat(find(a, "ConfigMap", "calico-config").get("data.veth_mtu")).as(id).contains("8981");
            KubeObject ds = find(a, "DaemonSet", "calico-node");
            assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_IPIP")).as(id).isEqualTo("Never");
            assertThat(env(ds, "calico-node", "FELIX_IPTABLESBACKEND")).as(id).isEqualTo("NFT");
            assertThat(env(ds, "calico-node", "FELIX_LOGSEVERITYSCREEN")).as(id).isEqualTo("warning");
            assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSMETRICSENABLED")).as(id).isEqualTo("true");
            assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSMETRICSPORT")).as(id).isEqualTo("9191");
            // the `or x "true"` quirk: false still renders "true"
            assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).as(id).isEqualTo("true");
            assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSPROCESSMETRICSENABLED")).as(id).isEqualTo("true");
            assertThat(ds.get("spec.template.spec.containers[0].resources.requests.cpu")).as(id).contains("300m");
            // registry and version exist from kops 1.19
            assertThat(String.valueOf(ds.container("calico-node").orElseThrow().get("image"))).as(id)
                    .startsWith("calico/node:v3.");
        }
    }

    @Test
    void calicoCrossSubnetOnAws() {
        RenderedAddon a = render(cluster(CalicoSpec.builder().crossSubnet(true).ipipMode("Never").build(), Cloud.AWS),
                "k8s-1.12");
        assertThat(env(find(a, "DaemonSet", "calico-node"), "calico-node", "CALICO_IPV4POOL_IPIP"))
                .isEqualTo("CrossSubnet");
    }

    @Test
    void calicoTyphaOfKops118() {
        Cluster c = cluster(CalicoSpec.builder().typhaReplicas(2).build(), Cloud.AWS);
        for (String id : List.of("k8s-1.12", "k8s-1.16")) {
            RenderedAddon a = render(c, id);
            assertThat(find(a, "ConfigMap", "calico-config").get("data.typha_service_name")).as(id)
                    .contains("calico-typha");
            KubeObject typha = find(a, "Deployment", "calico-typha");
            assertThat(typha.get("spec.replicas")).as(id).contains(2);
            assertThat(String.valueOf(typha.container("calico-typha").orElseThrow().get("image"))).as(id)
                    .startsWith("calico/typha:v3.");
            assertThat(find(a, "Service", "calico-typha")).as(id).isNotNull();
            assertThat(SubstitutionTest.find(a, "DaemonSet", "calico-node").container("calico-node").orElseThrow()
                    .get("env").toString()).as(id).contains("FELIX_TYPHAK8SSERVICENAME");
        }
    }

    @Test
    void calicoK8s17EtcdEndpointsFromTheFirstEtcdCluster() {
        RenderedAddon a = render(cluster(CalicoSpec.builder().build(), Cloud.AWS), "k8s-1.7");
        assertThat(find(a, "ConfigMap", "calico-config").get("data.etcd_endpoints")).contains(
                "https://etcd-a.internal.old.example.com:4001,https://etcd-b.internal.old.example.com:4001,"
                        + "https://etcd-c.internal.old.example.com:4001");
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_CIDR")).isEqualTo("10.200.0.0/16");
        assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).isEqualTo("true");
        assertThat(a.channelEntry().toMap()).containsEntry("version", "2.6.12-kops.1")
                .containsEntry("kubernetesVersion", "<1.12.0");
    }

    @Test
    void weaveOfKops118() {
        Cluster c = cluster(WeaveSpec.builder().mtu(8912).connLimit(40).version("2.8.1").build(), Cloud.AWS);
        for (String id : List.of("k8s-1.8", "k8s-1.12")) {
            RenderedAddon a = render(c, id);
            KubeObject ds = find(a, "DaemonSet", "weave-net");
            assertThat(env(ds, "weave", "WEAVE_MTU")).as(id).isEqualTo("8912");
            assertThat(env(ds, "weave", "CONN_LIMIT")).as(id).isEqualTo("40");
            assertThat(env(ds, "weave", "IPALLOC_RANGE")).as(id).isEqualTo("10.200.0.0/16");
            // version exists from kops 1.19: 1.18 pins 2.6.5
            assertThat(ds.container("weave").orElseThrow().get("image")).as(id).isEqualTo("weaveworks/weave-kube:2.6.5");
            assertThat(ds.apiVersion()).as(id).isEqualTo(id.equals("k8s-1.8") ? "extensions/v1beta1" : "apps/v1");
            assertThat(find(a, "ClusterRole", "weave-net").get("metadata.labels[\"role.kubernetes.io/networking\"]"))
                    .as(id).contains("1");
        }
    }
}
