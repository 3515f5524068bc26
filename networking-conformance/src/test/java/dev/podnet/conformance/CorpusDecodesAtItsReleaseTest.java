package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.podnet.Podnet;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Cluster of kops' own test cases (input and completed spec, kops 1.18-1.36 and master) decodes
 * at its own release through {@link Podnet#load(String)}: kops' tests decoded them at that release, so
 * the release-aware decoding (typed fields, registered apiVersions) must refuse none of them.
 */
class CorpusDecodesAtItsReleaseTest {
    private static final Corpus CORPUS = Corpus.kops();
    /** One facade per release for the whole run, as a caller keeps it (its provider tables load once). */
    private static final java.util.Map<String, Podnet> FACADES = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CorpusCase c : CORPUS.cases()) {
            if (c.source().equals("create_cluster")) continue; // inputs are CLI options, not specs
            for (String f : new String[] {c.input(), c.completedSpec()}) {
                if (f != null && f.endsWith(".yaml") && seen.add(c.kopsRelease() + " " + f)) {
                    out.add(Arguments.of(c.id(), c.kopsRelease(), f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("documents")
    void decodesAtItsRelease(String id, String release, String file) {
        String text = CORPUS.read(file);
        if (!text.contains("kind: Cluster")) return; // a non-cluster input has nothing to decode
        assertThatCode(() -> FACADES.computeIfAbsent(release, Podnet::forRelease).load(text)).as(id).doesNotThrowAnyException();
    }
}
