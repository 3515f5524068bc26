package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.testkit.Corpus;
import dev.podnet.testkit.CorpusCase;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
 * kops' canonical form): kops' own completed specs, completed again at their release, come back
 * equal as whole documents — not only their networking part.
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("completedSpecs")
    void completePrintsItBack(CorpusCase c) {
        String in = CORPUS.read(c.completedSpec());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodnetCli.run(new String[] {"complete", "--kops-version", c.kopsRelease(), "-"},
                new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));
        assertThat(code).as(err.toString()).isZero();
        assertThat(normalize(parse(out.toString()))).isEqualTo(normalize(parse(in)));
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
