package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every completed spec of kops' update_cluster suites validates STRICT with no errors at its own
 * release, except the findings listed (with their reason) in {@code conformance/corpus-strict-exceptions.txt}.
 */
class CorpusStrictValidationTest {
    private static final Corpus CORPUS = Corpus.kops();
    static final Map<String, String> EXCEPTIONS = exceptions();

    static Stream<Arguments> completedSpecs() {
        return CORPUS.cases(c -> c.source().equals("update_cluster") && c.completedSpec() != null).stream()
                .map(c -> Arguments.of(c.id(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completedSpecs")
    void completedSpecHasNoErrorsAtItsRelease(String id, CorpusCase c) {
        Cluster cluster = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        List<String> errors = Podnet.forRelease(c.kopsRelease()).validate(cluster, ValidationMode.STRICT).errors()
                .stream().map(Diagnostic::line).filter(l -> !EXCEPTIONS.containsKey(id + " | " + l)).toList();
        assertThat(errors).as("strict errors for %s", id).isEmpty();
    }

    @Test
    void everyListedExceptionStillHappensAndHasAReason() {
        TreeSet<String> seen = new TreeSet<>();
        for (CorpusCase c : CORPUS.cases(c -> c.source().equals("update_cluster") && c.completedSpec() != null)) {
            Cluster cluster = ClusterYaml.read(CORPUS.read(c.completedSpec()));
            for (Diagnostic d : Podnet.forRelease(c.kopsRelease()).validate(cluster, ValidationMode.STRICT).errors()) {
                seen.add(c.id() + " | " + d.line());
            }
        }
        assertThat(seen).containsAll(EXCEPTIONS.keySet());
        assertThat(EXCEPTIONS.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    /** Lines {@code <case id> | <finding line> | <reason>}; {@code #} starts a comment. */
    private static Map<String, String> exceptions() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = CorpusStrictValidationTest.class.getResourceAsStream("/conformance/corpus-strict-exceptions.txt")) {
            if (in == null) return m;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int last = line.lastIndexOf(" | ");
                m.put(line.substring(0, last).trim(), line.substring(last + 3).trim());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }
}
