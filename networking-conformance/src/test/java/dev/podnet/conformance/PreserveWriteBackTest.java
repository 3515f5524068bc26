package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.WriteMode;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link WriteMode#PRESERVE} over every example and every input spec of kops' corpus: written back
 * unedited, the text is unchanged; after an edit of one field, only that field's line differs.
 */
class PreserveWriteBackTest {
    private static final Corpus CORPUS = Corpus.kops();

    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("..", "examples", "clusters"))) {
            for (Path p : examples.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Arguments.of("examples/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        Set<String> seen = new HashSet<>();
        for (CorpusCase c : CORPUS.cases()) {
            if (c.source().equals("create_cluster")) continue; // inputs are CLI options, not specs
            if (c.input() != null && c.input().endsWith(".yaml") && seen.add(c.input())) {
                out.add(Arguments.of(c.id(), CORPUS.read(c.input())));
            }
            for (Map.Entry<String, String> e : c.extraInputs().entrySet()) {
                if (e.getKey().endsWith(".yaml") && seen.add(e.getValue())) {
                    out.add(Arguments.of(c.id() + "/" + e.getKey(), CORPUS.read(e.getValue())));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void anEditChangesOnlyItsLine(String id, String text) {
        if (!text.contains("kind: Cluster")) return; // an override or instance group alone: nothing to edit
        ClusterDocuments docs = ClusterYaml.load(text);
        assertThat(ClusterYaml.write(docs, WriteMode.PRESERVE)).as("unedited").isEqualTo(text);

        Cluster c = docs.cluster();
        Cluster edited = c.toBuilder().kubernetesVersion("1.99.0").build();
        String out = ClusterYaml.write(docs.withCluster(edited), WriteMode.PRESERVE);
        assertThat(ClusterYaml.load(out).cluster()).isEqualTo(edited);
        List<String> before = List.of(text.split("\n", -1));
        List<String> after = List.of(out.split("\n", -1));
        if (c.kubernetesVersion().isPresent()) {
            assertThat(after).hasSameSizeAs(before);
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) changed.add(i);
            assertThat(changed).hasSize(1);
            assertThat(after.get(changed.get(0))).contains("kubernetesVersion: 1.99.0");
        } else {
            assertThat(after).hasSize(before.size() + 1);
            int added = 0;
            while (added < before.size() && before.get(added).equals(after.get(added))) added++;
            assertThat(after.get(added)).contains("kubernetesVersion: 1.99.0");
            assertThat(after.subList(added + 1, after.size())).isEqualTo(before.subList(added, before.size()));
        }
    }
}
