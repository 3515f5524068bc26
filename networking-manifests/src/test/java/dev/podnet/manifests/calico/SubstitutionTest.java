package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.EnvVar;
import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documented substitutions, each checked with a spec the corpus does not contain. */
class SubstitutionTest {

    static Cluster cluster(ProviderSpec provider, String nonMasquerade) {
        return Cluster.builder().name("dev.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("100.96.0.0/11").build())
                .networking(Networking.builder().provider(provider).nonMasqueradeCIDR(nonMasquerade).build())
                .build();
    }

    static RenderedAddon render(Cluster c, RenderStyle style) {
        return TestRendering.forRelease(KopsVersion.of("1.30.0")).render(c, style).addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst().orElseThrow();
    }

    static String env(KubeObject o, String container, String name) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> env = (List<Map<String, Object>>) o.container(container).orElseThrow().get("env");
        return env.stream().filter(e -> name.equals(e.get("name"))).map(e -> String.valueOf(e.get("value")))
                .findFirst().orElse(null);
    }

    @Test
    void calicoVxlanWithJumboMtu() {
        RenderedAddon a = render(cluster(CalicoSpec.builder().encapsulationMode("vxlan").mtu(8981)
                .wireguardEnabled(true).registry("quay.io").version("v3.27.9").build(), "100.64.0.0/10"), RenderStyle.KOPS);
        KubeObject cm = find(a, "ConfigMap", "calico-config");
        assertThat(cm.get("data.veth_mtu")).contains("8981");
        assertThat(cm.get("data.calico_backend")).contains("vxlan");
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_VXLAN")).isEqualTo("CrossSubnet");
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_IPIP")).isEqualTo("Never");
        assertThat(env(ds, "calico-node", "FELIX_WIREGUARDENABLED")).isEqualTo("true");
        assertThat(ds.container("calico-node").orElseThrow().get("image")).isEqualTo("quay.io/calico/node:v3.27.9");
        assertThat(a.manifestHash()).hasSize(64).isEqualTo(a.channelEntry().manifestHash());
        assertThat(a.channelEntry().toMap()).containsEntry("id", "k8s-1.25").containsEntry("version", "9.99.0");
    }

    @Test
    void calicoIpv6() {
        RenderedAddon a = render(cluster(CalicoSpec.builder().encapsulationMode("none").build(), "::/0"), RenderStyle.KOPS);
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "FELIX_IPV6SUPPORT")).isEqualTo("true");
        assertThat(env(ds, "calico-node", "FELIX_AWSSRCDSTCHECK")).isEqualTo("DoNothing");
    }

    @Test
    void flannelUdp() {
        RenderedAddon a = render(cluster(FlannelSpec.builder().backend("udp").iptablesResyncSeconds(11).build(),
                "10.0.0.0/8"), RenderStyle.KOPS);
        KubeObject cm = find(a, "ConfigMap", "kube-flannel-cfg");
        assertThat(String.valueOf(cm.get("data[\"net-conf.json\"]").orElseThrow()))
                .contains("\"Type\": \"udp\"").contains("\"Network\": \"10.0.0.0/8\"");
        assertThat(find(a, "DaemonSet", "kube-flannel-ds").container("kube-flannel").orElseThrow().get("args"))
                .asList().contains("--iptables-resync=11");
    }

    @Test
    void amazonVpcExtraEnvAndImages() {
        RenderedAddon a = render(cluster(AmazonVpcSpec.builder().imageName("example/cni:1")
                .addEnv(EnvVar.builder().name("WARM_IP_TARGET").value("7").build())
                .addEnv(EnvVar.builder().name("AWS_VPC_ENI_MTU").value("1500").build())
                .addEnv(EnvVar.builder().name("ENABLE_IPv4").value("false").build()).build(), "100.64.0.0/10"),
                RenderStyle.KOPS);
        KubeObject ds = find(a, "DaemonSet", "aws-node");
        assertThat(env(ds, "aws-node", "WARM_IP_TARGET")).isEqualTo("7");
        assertThat(env(ds, "aws-node", "AWS_VPC_ENI_MTU")).isEqualTo("1500");
        assertThat(env(ds, "aws-node", "ENABLE_IPv4")).as("forced").isEqualTo("true");
        assertThat(env(ds, "aws-node", "CLUSTER_NAME")).isEqualTo("dev.example.com");
        assertThat(env(ds, "aws-node", "ADDITIONAL_ENI_TAGS")).contains("kubernetes.io/cluster/dev.example.com");
        assertThat(ds.container("aws-node").orElseThrow().get("image")).isEqualTo("example/cni:1");
        assertThat(a.channelEntry().needsRollingUpdate()).contains("all");
    }

    @Test
    void cleanStyleHasNoKopsBookkeeping() {
        RenderedAddon a = render(cluster(FlannelSpec.builder().backend("vxlan").build(), "100.64.0.0/10"),
                RenderStyle.CLEAN);
        assertThat(a.yaml()).doesNotContain("addon.kops.k8s.io/name").doesNotContain("creationTimestamp")
                .doesNotContain("kops.k8s.io/managed-by");
        assertThat(render(cluster(FlannelSpec.builder().backend("vxlan").build(), "100.64.0.0/10"), RenderStyle.KOPS)
                .yaml()).contains("addon.kops.k8s.io/name: networking.flannel");
    }
}
