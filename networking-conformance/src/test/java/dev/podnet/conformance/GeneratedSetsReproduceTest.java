package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.corpus.gen.GeneratedCases;
import dev.podnet.corpus.gen.JudgedCase;
import dev.podnet.corpus.gen.SpecGenerator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each committed generated set is what its seed and profile generate today: every case's document and recorded draws
 * equal the generator's for the same id, so a change to one profile's draws cannot silently alter another's set (a
 * profile that changes its documents bumps its version and regenerates its set).
 */
class GeneratedSetsReproduceTest {
    @ParameterizedTest
    @ValueSource(strings = {GeneratedCases.ROOT, GeneratedCases.WIDE_ROOT, GeneratedCases.SURFACE_ROOT, GeneratedCases.CROSSED_ROOT,
            GeneratedCases.CLUSTER_ROOT, GeneratedCases.EDGES_ROOT, GeneratedCases.FIELDS_ROOT})
    void everyCaseIsTheGeneratorsDocument(String root) {
        Map<String, Object> index = GeneratedCases.index(root);
        SpecGenerator gen = new SpecGenerator(((Number) index.get("seed")).longValue(),
                Objects.toString(index.get("profile"), SpecGenerator.NARROW));
        assertThat(index.get("generatorVersion")).isEqualTo(gen.version());
        List<JudgedCase> cases = GeneratedCases.all(root);
        assertThat(cases).isNotEmpty();
        for (JudgedCase c : cases) {
            int n = Integer.parseInt(c.id().substring(c.id().lastIndexOf('-') + 1));
            var spec = gen.generate(c.release(), c.provider(), n);
            assertThat(spec.id()).isEqualTo(c.id());
            assertThat(spec.yaml()).as(c.id()).isEqualTo(c.input());
            assertThat(spec.mutation()).as(c.id()).isEqualTo(c.mutation());
        }
    }
}
