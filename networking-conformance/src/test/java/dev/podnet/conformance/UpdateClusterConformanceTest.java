package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.KnownFailures;

/**
 * Every kops {@code update_cluster} case with a completed spec (corpus from the kops project,
 * Apache-2.0): completing the input at the case's release must give kops' networking part.
 * Cases listed in {@code conformance/update-cluster-known-failures.tsv} must fail, with their reason written there.
 */
class UpdateClusterConformanceTest {
    private static final Corpus CORPUS = Corpus.kops();
    static final Map<String, String> KNOWN = KnownFailures.load("/conformance/update-cluster-known-failures.tsv");

    static Stream<Arguments> cases() {
        return CORPUS.cases(c -> c.source().equals("update_cluster") && c.completedSpec() != null).stream()
                .map(c -> Arguments.of(c.kopsRelease() + " " + c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void completesAsKops(String name, CorpusCase c) {
        String known = KNOWN.get(c.id());
        String problem = problem(c);
        if (known != null) {
            assertThat(problem).as("listed as a known failure (%s) but passes now: remove it from the list", known).isNotNull();
        } else {
            assertThat(problem).as(c.id()).isNull();
        }
    }

    @Test
    void knownFailuresAreRealCases() {
        assertThat(CORPUS.cases(c -> c.source().equals("update_cluster")).stream().map(CorpusCase::id).toList())
                .containsAll(KNOWN.keySet());
    }

    /** Null when the networking part equals kops', else a description of the difference. */
    static String problem(CorpusCase c) {
        if (c.input() == null) return "no input";
        Cluster in = ClusterYaml.read(CORPUS.read(c.input()));
        Cluster want = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        Cluster got = Podnet.forRelease(c.kopsRelease()).complete(in).cluster();
        Map<String, Object> w = NetworkingSlice.of(want);
        Map<String, Object> g = NetworkingSlice.of(got);
        if (w.equals(g)) return null;
        Map<String, Object> diff = new LinkedHashMap<>();
        for (String k : union(w, g)) {
            if (!java.util.Objects.equals(w.get(k), g.get(k))) diff.put(k, "kops=" + w.get(k) + " podnet=" + g.get(k));
        }
        return diff.toString();
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }
}
