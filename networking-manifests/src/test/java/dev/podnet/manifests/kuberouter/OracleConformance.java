package dev.podnet.manifests.kuberouter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Compares a render with kops' answer for an oracle case (specs of ours rendered by kops itself,
 * kops project, Apache-2.0): the same objects by apiVersion/kind/namespace/name, equal content,
 * and the bootstrap-channel entries.
 */
public final class OracleConformance {
    private OracleConformance() {
    }

    public static final Corpus ORACLE = Corpus.oracle();

    public static List<CorpusCase> cases(String provider) {
        return ORACLE.cases(c -> c.provider().equals(provider));
    }

    public static RenderResult render(CorpusCase c) {
        Cluster completed = ClusterYaml.read(ORACLE.read(c.completedSpecPath().orElseThrow()));
        return TestRendering.forRelease(KopsVersion.of(c.kopsRelease())).render(completed);
    }

    /** Object-by-object equality of every manifest of the case. */
    public static void assertManifestsMatch(CorpusCase c, RenderResult r) {
        Map<String, RenderedAddon> byPath = r.addons().stream()
                .collect(Collectors.toMap(RenderedAddon::manifestPath, a -> a, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> expectedPaths = new LinkedHashMap<>();
        c.manifests().forEach((k, v) -> expectedPaths.put(k + ".yaml", v));
        assertThat(byPath.keySet()).as("addons of %s", c).containsExactlyInAnyOrderElementsOf(expectedPaths.keySet());
        expectedPaths.forEach((path, resource) -> {
            Map<String, Object> expected = byKey(KopsYaml.parse(ORACLE.read(resource)));
            Map<String, Object> actual = byKey(KopsYaml.parse(byPath.get(path).yaml()));
            assertThat(actual.keySet()).as("objects of %s %s", c, path)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((k, v) -> assertThat(actual.get(k)).as("%s %s %s", c, path, k).isEqualTo(v));
        });
    }

    /** The networking entries of kops' bootstrap channel equal the rendered channel entries. */
    @SuppressWarnings("unchecked")
    public static void assertChannelMatches(CorpusCase c, RenderResult r, String addonKey) {
        Map<String, Object> channel = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(ORACLE.read(c.bootstrapChannel()));
        List<Map<String, Object>> addons = (List<Map<String, Object>>) ((Map<String, Object>) channel.get("spec")).get("addons");
        List<Map<String, Object>> expected = addons.stream().filter(a -> addonKey.equals(a.get("name"))).toList();
        List<Map<String, Object>> actual = r.addons().stream().map(a -> a.channelEntry().toMap()).toList();
        assertThat(actual).as("channel entries of %s", c).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Map<String, Object> byKey(List<KubeObject> objects) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (KubeObject o : objects) {
            m.put(o.apiVersion() + "/" + o.kind() + "/" + o.namespace().orElse("") + "/" + o.name(), o.tree());
        }
        return m;
    }
}
