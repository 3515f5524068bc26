package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every input spec and every completed spec of kops' corpus reads without error and writes back
 * semantically equal: the written tree, parsed again, equals the original document's tree.
 */
class CorpusRoundTripTest {
    private static final Corpus CORPUS = Corpus.kops();

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CorpusCase c : CORPUS.cases()) {
            if (c.source().equals("create_cluster")) continue; // inputs are CLI options, not specs
            for (String f : new String[] {c.input(), c.completedSpec()}) {
                if (f != null && f.endsWith(".yaml") && seen.add(f)) out.add(Arguments.of(c.id(), f));
            }
            for (Map.Entry<String, String> e : c.extraInputs().entrySet()) {
                if (e.getKey().endsWith(".yaml") && seen.add(e.getValue())) out.add(Arguments.of(c.id() + "/" + e.getKey(), e.getValue()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void readsAndWritesBackEqual(String id, String file) {
        String text = CORPUS.read(file);
        List<Object> docs = parseAll(text);
        Map<String, Object> original = clusterDoc(docs);
        if (original == null) return; // a non-cluster input (e.g. an override) has nothing to check
        ClusterDocuments read = ClusterYaml.load(text);
        String written = ClusterYaml.write(read.cluster());
        Map<String, Object> back = clusterDoc(parseAll(written));
        if (original.get("apiVersion").equals("kops.k8s.io/v1alpha2")) {
            assertThat(normalize(back)).isEqualTo(normalize(original));
        } else {
            // v1alpha3 is written back as v1alpha2: the model read from both forms must agree.
            Cluster again = ClusterYaml.read(written);
            assertThat(again).isEqualTo(read.cluster());
        }
        // The other documents survive in place.
        List<Object> stream = parseAll(ClusterYaml.write(read));
        assertThat(stream).hasSize(docs.stream().filter(d -> d != null).toList().size());
    }

    @Test
    void coversTheCorpus() {
        assertThat(documents().count()).isGreaterThan(1500);
    }

    static List<Object> parseAll(String text) {
        List<Object> out = new ArrayList<>();
        for (Object o : new Load(LoadSettings.builder().build()).loadAllFromString(text)) out.add(o);
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> clusterDoc(List<Object> docs) {
        for (Object d : docs) {
            if (d instanceof Map<?, ?> m && "Cluster".equals(m.get("kind"))) return (Map<String, Object>) m;
        }
        return null;
    }

    /** Drops null-valued keys and empty maps/lists that mean "unset" to kops' JSON decoding. */
    static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> {
                if (x != null) out.put(String.valueOf(k), normalize(x));
            });
            return new java.util.TreeMap<>(out);
        }
        if (v instanceof List<?> l) return l.stream().map(CorpusRoundTripTest::normalize).toList();
        return v;
    }
}
