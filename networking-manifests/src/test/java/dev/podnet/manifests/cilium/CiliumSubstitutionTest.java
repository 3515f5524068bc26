package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documented Cilium substitutions (cilium-awsvpc-lyftvpc-gce.md §1.10–§1.14), each with a spec of our own. */
class CiliumSubstitutionTest {

    static CiliumSpec.Builder base(String version) {
        return CiliumSpec.builder().version(version).ipam("kubernetes").clusterName("default");
    }

    static RenderedAddon render(String release, CiliumSpec spec, String nonMasquerade) {
        Cluster c = Cluster.builder().name("dev.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR(nonMasquerade).build()).build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c, RenderStyle.KOPS).addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst().orElseThrow();
    }

    static boolean has(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().anyMatch(o -> o.kind().equals(kind) && o.name().equals(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(RenderedAddon a) {
        return (Map<String, Object>) find(a, "ConfigMap", "cilium-config").get("data").orElseThrow();
    }

    @Test
    void wireguardAndHubbleWithMetrics() {
        RenderedAddon a = render("1.33.0", base("v1.16.7").enableEncryption(true).encryptionType("wireguard")
                .nodeEncryption(true).clusterName("mesh.one").hubble(HubbleSpec.builder().enabled(true)
                        .metrics(List.of("drop", "flow")).build()).build(), "100.64.0.0/10");
        Map<String, Object> d = data(a);
        assertThat(d).containsEntry("enable-wireguard", "true").containsEntry("encrypt-node", "true")
                .doesNotContainKey("enable-ipsec")
                .containsEntry("enable-hubble", "true").containsEntry("hubble-metrics", "drop flow")
                .containsEntry("hubble-metrics-server", ":9965")
                .containsEntry("hubble-tls-cert-file", "/var/lib/cilium/tls/hubble/server.crt")
                .containsEntry("cluster-name", "mesh.one");
        assertThat(has(a, "Deployment", "hubble-relay")).isTrue();
        assertThat(has(a, "Service", "hubble-metrics")).isTrue();
        assertThat(find(a, "Certificate", "hubble-server-certs").get("spec.dnsNames"))
                .contains(List.of("*.mesh-one.hubble-grpc.cilium.io"));
        assertThat(String.valueOf(find(a, "ConfigMap", "hubble-relay-config").get("data[\"config.yaml\"]").orElseThrow()))
                .contains("cluster-name: \"mesh.one\"");
        KubeObject ds = find(a, "DaemonSet", "cilium");
        assertThat(String.valueOf(ds.container("cilium-agent").orElseThrow().get("ports")))
                .contains("peer-service").contains("9965");
        assertThat(String.valueOf(ds.get("spec.template.spec.volumes").orElseThrow())).contains("hubble-server-certs");
        assertThat(a.channelEntry().toMap()).containsEntry("needsPKI", true);
    }

    @Test
    void ipsecAt134() {
        Map<String, Object> d = data(render("1.34.0", base("v1.18.2").enableEncryption(true).build(), "100.64.0.0/10"));
        assertThat(d).containsEntry("enable-ipsec", "true").containsEntry("ipsec-key-file", "/etc/ipsec/keys")
                .containsEntry("enable-ipsec-key-watcher", "true").containsEntry("ipsec-key-rotation-duration", "5m")
                .containsEntry("encrypt-node", "false").doesNotContainKey("enable-wireguard");
    }

    @Test
    void eniAt130() {
        RenderedAddon a = render("1.30.0", base("v1.15.6").ipam("eni").tunnel("disabled").masquerade(true)
                .enableBPFMasquerade(true).build(), "100.64.0.0/10");
        Map<String, Object> d = data(a);
        assertThat(d).containsEntry("ipam", "eni").containsEntry("enable-endpoint-routes", "true")
                .containsEntry("auto-create-cilium-node-resource", "true")
                .containsEntry("eni-tags", "KubernetesCluster=dev.example.com")
                .containsEntry("routing-mode", "native").doesNotContainKey("tunnel-protocol")
                .containsEntry("enable-bpf-masquerade", "true").doesNotContainKey("blacklist-conflicting-routes");
        KubeObject ds = find(a, "DaemonSet", "cilium");
        assertThat(String.valueOf(ds.container("cilium-agent").orElseThrow().get("lifecycle")))
                .contains("postStart").contains("AWS-SNAT-CHAIN").contains("preStop");
        assertThat(String.valueOf(find(a, "Deployment", "cilium-operator").container("cilium-operator").orElseThrow()
                .get("args"))).contains("--eni-tags=KubernetesCluster=dev.example.com");
    }

    @Test
    void etcdManagedAt127() {
        RenderedAddon a = render("1.27.0", base("v1.12.10").etcdManaged(true).identityAllocationMode("kvstore").build(),
                "100.64.0.0/10");
        Map<String, Object> d = data(a);
        assertThat(d).containsEntry("kvstore", "etcd").containsEntry("enable-k8s-event-handover", "true")
                .containsEntry("identity-allocation-mode", "kvstore");
        assertThat(String.valueOf(d.get("etcd-config"))).contains("https://api.internal.dev.example.com:4003");
        for (KubeObject o : List.of(find(a, "DaemonSet", "cilium"), find(a, "Deployment", "cilium-operator"))) {
            assertThat(String.valueOf(o.get("spec.template.spec.volumes").orElseThrow()))
                    .contains("etcd-config-path").contains("/etc/kubernetes/pki/cilium");
        }
    }

    @Test
    void kubeProxyReplacement() {
        assertThat(data(render("1.28.0", base("v1.13.5").enableNodePort(true).build(), "100.64.0.0/10")))
                .containsEntry("kube-proxy-replacement", "strict").containsEntry("enable-node-port", "true");
        assertThat(data(render("1.31.0", base("v1.16.5").enableNodePort(true).build(), "100.64.0.0/10")))
                .containsEntry("kube-proxy-replacement", "true");
        assertThat(data(render("1.31.0", base("v1.16.5").enableNodePort(false).build(), "100.64.0.0/10")))
                .containsEntry("kube-proxy-replacement", "false");
    }

    @Test
    void ipv6OnlyAt131() {
        RenderedAddon a = render("1.31.0", base("v1.16.5").tunnel("disabled").masquerade(false).build(), "::/0");
        assertThat(data(a)).containsEntry("enable-ipv4", "false").containsEntry("enable-ipv6", "true")
                .containsEntry("enable-ipv4-masquerade", "false").containsEntry("operator-api-serve-addr", "[::1]:9234");
        assertThat(find(a, "DaemonSet", "cilium").get("spec.template.spec.containers[0].livenessProbe.httpGet.host"))
                .contains("::1");
    }

    @Test
    void fieldsAndRegistry() {
        RenderedAddon a = render("1.36.0", base("v1.18.6").registry("registry.example.com").chainingMode("portmap")
                .debug(true).bpfLBSock(true).enableHostFirewall(true).clusterID(7).enablePrometheusMetrics(true)
                .agentPodAnnotations(Map.of("a", "b")).extraConfig(Map.of("enable-policy", "always")).build(),
                "100.64.0.0/10");
        assertThat(data(a)).containsEntry("cni-chaining-mode", "portmap").containsEntry("enable-host-legacy-routing", "true")
                .doesNotContainKey("enable-local-node-route").doesNotContainKey("dnsproxy-enable-transparent-mode")
                .containsEntry("debug", "true").containsEntry("bpf-lb-sock", "true").containsEntry("cluster-id", "7")
                .containsEntry("enable-host-firewall", "true").containsEntry("prometheus-serve-addr", ":9090")
                .containsEntry("enable-policy", "always");
        KubeObject ds = find(a, "DaemonSet", "cilium");
        assertThat(ds.container("cilium-agent").orElseThrow().get("image")).isEqualTo("registry.example.com/cilium/cilium:v1.18.6");
        assertThat(ds.get("spec.template.metadata.annotations")).hasValueSatisfying(m ->
                assertThat(String.valueOf(m)).contains("a=b").contains("prometheus.io/port=9090"));
    }
}
