package dev.podnet.manifests.weave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.WeaveSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.testkit.PodnetAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weave's documented substitutions (§A.1.1, §A.1.6, §A.1.8) with specs the corpus does not contain. */
class WeaveRendererTest {

    static Cluster cluster(WeaveSpec spec) {
        return Cluster.builder().name("weave.example.com").kubernetesVersion("1.22.4").cloud(Cloud.AWS)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("100.100.0.0/14").build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
    }

    static RenderedAddon render(WeaveRenderer renderer, WeaveSpec spec) {
        return renderer.render(cluster(spec), KopsVersion.of("1.27.0"), RenderStyle.KOPS,
                RenderCaches.withCapacity(0)).addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> env(KubeObject ds, String container) {
        return (List<Map<String, Object>>) ds.container(container).orElseThrow().get("env");
    }

    static String value(KubeObject ds, String container, String name) {
        return env(ds, container).stream().filter(e -> name.equals(e.get("name"))).map(e -> String.valueOf(e.get("value")))
                .findFirst().orElse(null);
    }

    @Test
    void mtuAndPasswordSecret() {
        RenderedAddon a = render(new WeaveRenderer("s3cr3t-pass"), WeaveSpec.builder().mtu(8912).build());
        List<KubeObject> objects = KopsYaml.parse(a.yaml());
        KubeObject secret = objects.get(0);
        assertThat(secret.kind() + "/" + secret.name()).isEqualTo("Secret/weave-net");
        assertThat(secret.namespace()).contains("kube-system");
        assertThat(secret.get("stringData")).contains(Map.of("network-password", "s3cr3t-pass"));
        assertThat(secret.get("metadata.labels[\"addon.kops.k8s.io/name\"]")).contains("networking.weave");
        KubeObject ds = find(a, "DaemonSet", "weave-net");
        assertThat(value(ds, "weave", "WEAVE_MTU")).isEqualTo("8912");
        assertThat(value(ds, "weave", "IPALLOC_RANGE")).isEqualTo("100.100.0.0/14");
        assertThat(env(ds, "weave")).extracting(e -> e.get("name")).containsExactly("INIT_CONTAINER", "HOSTNAME",
                "IPALLOC_RANGE", "WEAVE_MTU", "WEAVE_PASSWORD");
        assertThat(env(ds, "weave").get(4)).isEqualTo(Map.of("name", "WEAVE_PASSWORD", "valueFrom",
                Map.of("secretKeyRef", Map.of("key", "network-password", "name", "weave-net"))));
        assertThat(a.manifestHash()).isEqualTo(a.channelEntry().manifestHash()).hasSize(64);
    }

    @Test
    void integerQuantitiesAreYamlIntegersAsKopsWritesThemUnquoted() {
        RenderedAddon a = render(new WeaveRenderer(""), WeaveSpec.builder().cpuLimit("1").cpuRequest("500m").build());
        assertThat(a.yaml()).contains("cpu: 1\n").contains("cpu: 500m").doesNotContain("cpu: '1'");
    }

    @Test
    void withoutPasswordNoSecretAndTheSpiRendererHasNone() {
        RenderedAddon viaSpi = TestRendering.forRelease(KopsVersion.of("1.27.0")).render(cluster(WeaveSpec.builder().build()))
                .addons().get(0);
        assertThat(KopsYaml.parse(viaSpi.yaml())).extracting(KubeObject::kind).doesNotContain("Secret");
        assertThat(env(find(viaSpi, "DaemonSet", "weave-net"), "weave")).extracting(e -> e.get("name"))
                .containsExactly("INIT_CONTAINER", "HOSTNAME", "IPALLOC_RANGE");
        assertThat(render(new WeaveRenderer(""), WeaveSpec.builder().build()).yaml()).isEqualTo(viaSpi.yaml());
    }

    @Test
    void connLimitNoMasqLocalExtraArgsAndNpcSettings() {
        RenderedAddon a = render(new WeaveRenderer(), WeaveSpec.builder().connLimit(200).noMasqLocal(1)
                .netExtraArgs("--log-level=debug").npcExtraArgs("--metrics-addr=:6781")
                .cpuRequest("100m").memoryRequest("300Mi").cpuLimit("500m").memoryLimit("400Mi")
                .npcCPURequest("20m").npcMemoryRequest("100Mi").npcCPULimit("200m").npcMemoryLimit("150Mi")
                .version("2.8.9").build());
        KubeObject ds = find(a, "DaemonSet", "weave-net");
        assertThat(env(ds, "weave")).extracting(e -> e.get("name")).containsExactly("INIT_CONTAINER", "HOSTNAME",
                "IPALLOC_RANGE", "NO_MASQ_LOCAL", "CONN_LIMIT", "EXTRA_ARGS");
        PodnetAssertions.assertThat(a).daemonSet("weave-net")
                .container("weave").hasEnv("CONN_LIMIT", "200").hasEnv("NO_MASQ_LOCAL", "1")
                .hasEnv("EXTRA_ARGS", "--log-level=debug").hasImage("weaveworks/weave-kube:2.8.9")
                .hasResources(Map.of("limits", Map.of("cpu", "500m", "memory", "400Mi"),
                        "requests", Map.of("cpu", "100m", "memory", "300Mi")))
                .and().container("weave-npc").hasEnv("EXTRA_ARGS", "--metrics-addr=:6781")
                .hasImage("weaveworks/weave-npc:2.8.9")
                .hasResources(Map.of("limits", Map.of("cpu", "200m", "memory", "150Mi"),
                        "requests", Map.of("cpu", "20m", "memory", "100Mi")))
                .and().container("weave-init").hasImage("weaveworks/weave-kube:2.8.9");
    }

    @Test
    void defaultsAreTheTemplateFallbacks() {
        KubeObject ds = find(render(new WeaveRenderer(), WeaveSpec.builder().build()), "DaemonSet", "weave-net");
        Map<String, Object> dflt = Map.of("limits", Map.of("memory", "200Mi"), "requests",
                Map.of("cpu", "50m", "memory", "200Mi"));
        assertThat(ds.container("weave").orElseThrow().get("resources")).isEqualTo(dflt);
        assertThat(ds.container("weave-npc").orElseThrow().get("resources")).isEqualTo(dflt);
        assertThat(ds.container("weave").orElseThrow().get("image")).isEqualTo("weaveworks/weave-kube:2.8.1");
    }
}
