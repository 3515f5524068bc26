package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.corpus.Corpus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Node configuration against kops' nodeup golden tests (kops project, Apache-2.0): the files nodeup
 * writes for kubenet with containerd, and the kubelet's networking flags.
 */
class NodeupGoldenTest {

    private static final RenderCaches CACHES = RenderCaches.withCapacity(0);
    private static final ProviderRenderer KUBENET = new dev.podnet.manifests.kubenet.KubenetRenderer();

    private static final List<String> KUBENET_FILES = List.of("/etc/containerd/cni-config.template",
            "/etc/containerd/config-cni.template", "/opt/kops/bin/cni-iptables-setup");
    private static final Pattern FLAG = Pattern.compile(
            "--(network-plugin(-mtu)?|non-masquerade-cidr|cni-bin-dir|cni-conf-dir)=[^\\s\"]+");

    private static final Corpus KOPS = Corpus.kops();

    static Stream<Arguments> cases(String prefix) {
        List<Arguments> out = new ArrayList<>();
        for (Map<String, Object> e : Corpus.nodeupIndex()) {
            String c = (String) e.get("case");
            @SuppressWarnings("unchecked")
            Map<String, String> files = (Map<String, String>) e.get("files");
            if (c.startsWith(prefix) && files.containsKey("tasks.yaml") && "kubenet".equals(e.get("provider"))) {
                out.add(Arguments.of(e.get("kops_tag") + "/" + c, e.get("kops_tag"), files));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> containerdCases() { return cases("containerdbuilder/"); }

    static Stream<Arguments> kubeletCases() { return cases("kubelet/"); }

    @Test
    void skipInstallWritesNoContainerdTemplate() {
        Cluster c = cluster(KOPS.read(containerdFiles("v1.30.0", "containerdbuilder/skipinstall").get("cluster.yaml")));
        assertThat(KUBENET.nodeConfig(c, KopsVersion.of("1.30.0"), CACHES).files())
                .doesNotContainKey("/etc/containerd/config-cni.template");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> containerdFiles(String tag, String name) {
        return Corpus.nodeupIndex().stream().filter(e -> tag.equals(e.get("kops_tag")) && name.equals(e.get("case")))
                .map(e -> (Map<String, String>) e.get("files")).findFirst().orElseThrow();
    }

    @Test
    void theGoldenTestsHaveKubenetContainerdCases() {
        assertThat(containerdCases().count()).isGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containerdCases")
    void kubenetFilesEqualNodeup(String name, String tag, Map<String, String> files) {
        Cluster cluster = cluster(KOPS.read(files.get("cluster.yaml")));
        NodeNetworkConfig node = KUBENET.nodeConfig(cluster, release(tag), CACHES);
        Map<String, String> golden = fileTasks(KOPS.read(files.get("tasks.yaml")));
        for (String path : KUBENET_FILES) {
            assertThat(node.files().get(path)).as("%s %s", name, path).isEqualTo(golden.get(path));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubeletCases")
    void kubeletNetworkingFlagsEqualNodeup(String name, String tag, Map<String, String> files) {
        String tasks = KOPS.read(files.get("tasks.yaml"));
        String clusterYaml = KOPS.read(files.get("cluster.yaml"));
        // nodeup's tests take the kubelet settings from the fixture as written (no options builders):
        // only fixtures that carry the completed kubelet networking settings are evidence
        if (!tasks.contains("DAEMON_ARGS") || !clusterYaml.contains("networkPluginName")) {
            return;
        }
        Cluster cluster = cluster(clusterYaml);
        NodeNetworkConfig node = KUBENET.nodeConfig(cluster, release(tag), CACHES);
        TreeSet<String> expected = new TreeSet<>();
        Matcher m = FLAG.matcher(tasks);
        while (m.find()) {
            expected.add(m.group());
        }
        assertThat(new TreeSet<>(node.kubeletFlags())).as(name).isEqualTo(expected);
    }

    static KopsVersion release(String tag) {
        return KopsVersion.of(tag.equals("master") ? "1.37.0-alpha.1" : tag.substring(1));
    }

    static Cluster cluster(String text) {
        for (String doc : text.split("\n---\n")) {
            if (doc.contains("kind: Cluster\n")) {
                return ClusterYaml.read(doc);
            }
        }
        throw new IllegalArgumentException("no Cluster document");
    }

    /** path → contents of the file tasks of a nodeup golden tasks file. */
    @SuppressWarnings("unchecked")
    static Map<String, String> fileTasks(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object doc : new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build()).loadAllFromString(text)) {
            if (doc instanceof Map<?, ?> m && "file".equals(m.get("type")) && m.get("contents") instanceof String s) {
                out.put((String) m.get("path"), s);
            }
        }
        return out;
    }
}
