package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code podnet complete} on a spec with nothing left to default prints it back unchanged (modulo
 * kops' canonical form), run here through the {@link Podnet} facade the command uses: kops' own
 * completed specs, completed again at their release, come back equal as whole documents — not only
 * their networking part.
 */
class CompleteIsIdentityOnCompletedSpecsTest {
    private static final Corpus CORPUS = Corpus.kops();

    static Stream<CorpusCase> completedSpecs() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return CORPUS.cases(c -> c.source().equals("update_cluster") && c.completedSpec() != null
                && c.kopsTag().compareTo("v1.2") > 0).stream().filter(c -> seen.add(c.completedSpec()));
    }

    @org.junit.jupiter.api.Test
    void coversEveryDistinctCompletedSpec() {
        assertThat(completedSpecs().count()).isEqualTo(907);
    }

    /**
     * What {@code podnet complete --kops-version <release> -} does, through the facade: read, no
     * error from lenient validation of the input, complete, no error from strict validation of the
     * result, write the completed Cluster back (v1alpha2).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("completedSpecs")
    void completePrintsItBack(CorpusCase c) {
        String in = CORPUS.read(c.completedSpec());
        Podnet podnet = Podnet.forRelease(c.kopsRelease());
        ClusterDocuments docs = ClusterYaml.load(in);
        Diagnostics input = docs.findings().plus(podnet.validate(docs.cluster(), ValidationMode.LENIENT));
        // a finding listed with its reason in corpus-strict-exceptions.txt (kops' tests ran with a feature flag, say) is
        // expected; CorpusStrictValidationTest asserts each listed one still happens
        assertThat(unlisted(c, input)).as("input findings").isEmpty();
        Completion done = podnet.complete(docs.cluster());
        assertThat(unlisted(c, podnet.validate(done))).as("strict findings").isEmpty();
        assertThat(normalize(parse(ClusterYaml.write(done.cluster())))).isEqualTo(normalize(parse(in)));
    }

    private static List<String> unlisted(CorpusCase c, Diagnostics found) {
        return found.errors().stream().map(dev.podnet.api.diag.Diagnostic::line)
                .filter(l -> !CorpusStrictValidationTest.EXCEPTIONS.containsKey(c.id() + " | " + l)).toList();
    }

    static Object parse(String text) {
        List<Object> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(docs::add);
        return docs.stream().filter(d -> d instanceof Map<?, ?> m && "Cluster".equals(m.get("kind"))).findFirst().orElseThrow();
    }

    static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> {
                if (x != null) out.put(String.valueOf(k), normalize(x));
            });
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(CompleteIsIdentityOnCompletedSpecsTest::normalize).toList();
        return v;
    }
}
