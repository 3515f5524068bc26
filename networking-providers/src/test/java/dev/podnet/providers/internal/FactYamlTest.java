package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.yaml.internal.FactYaml;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The fact reader gives every fact resource the value snakeyaml-engine's {@code Load} gives it. */
class FactYamlTest {

    @Test
    void readsEveryFactResourceAsSnakeyamlEngineLoadsIt() throws IOException, URISyntaxException {
        Path root = Path.of(FactYamlTest.class.getResource("/dev/podnet/providers/cluster/cluster.yaml").toURI())
                .getParent().getParent();
        List<Path> resources = new java.util.ArrayList<>(yamlUnder(root));
        // networking-api's tables (allowed values, the decode schema), from its classes or its jar
        java.net.URI api = FactDocument.class.getResource("/dev/podnet/api/internal/allowed/allowed-values.yaml").toURI();
        java.nio.file.FileSystem jar = api.getScheme().equals("jar")
                ? java.nio.file.FileSystems.newFileSystem(api, Map.of()) : null;
        try {
            List<Path> apiTables = yamlUnder(Path.of(api).getParent().getParent());
            assertThat(apiTables).hasSizeGreaterThanOrEqualTo(2);
            resources.addAll(apiTables);
            checkEvery(resources);
        } finally {
            if (jar != null) jar.close();
        }
    }

    private static List<Path> yamlUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void checkEvery(List<Path> resources) throws IOException {
        int read = 0;
        for (Path resource : resources) {
            String text = Files.readString(resource, StandardCharsets.UTF_8);
            LoadSettings settings = LoadSettings.builder().setLabel(resource.getFileName().toString()).build();
            Optional<FactYaml.Value> fast = FactYaml.read(text);
            if (fast.isPresent()) {
                assertThat(spelt(fast.get().value())).as(resource.toString())
                        .isEqualTo(spelt(new Load(settings).loadFromString(text)));
                read++;
            }
        }
        // every table but cluster/create.yaml (a flow collection's item going on over lines) is read without the scanner
        assertThat(resources).hasSizeGreaterThan(30);
        assertThat(read).isGreaterThanOrEqualTo(resources.size() - 1);
    }

    @Test
    void scalarsOfEveryJsonKindAsSnakeyamlEngineConstructsThem() {
        String text = "i: 7\nneg: -3\nlong: 12345678901\nbig: 123456789012345678901234\nt: true\nf: false\nn: null\n"
                + "e:\nq: '7'\ns: x\nl: [1, true, null, '', \"a\"]\nm: {1: one, true: yes}\n";
        LoadSettings settings = LoadSettings.builder().setLabel("t").build();
        assertThat(FactYaml.read(text)).map(v -> spelt(v.value()))
                .contains(spelt(new Load(settings).loadFromString(text)));
        // floats, environment references and duplicate keys are left to snakeyaml-engine
        for (String other : List.of("a: 1.5\n", "a: .inf\n", "a: ${HOME}\n", "a: 1\na: 2\n")) {
            assertThat(FactYaml.read(other)).as(other).isEmpty();
        }
    }

    @Test
    void flowCollectionsGoOnOverLinesWithComments() {
        String text = "a:\n  - {key: x, value: 1, # note\n     reason: \"r\"}\n  - [p,\n\n     q]\nb: {}\n";
        LoadSettings settings = LoadSettings.builder().setLabel("t").build();
        assertThat(FactYaml.read(text)).map(v -> spelt(v.value()))
                .contains(spelt(new Load(settings).loadFromString(text)));
    }

    @Test
    void anchorsAliasesAndColonsInFlowScalarsAsSnakeyamlEngineReadsThem() {
        String text = "a: &bundle [ec2:DescribeVpcs, 'q',\n    r]\nb: *bundle\nc: {k: ec2:X}\n";
        LoadSettings settings = LoadSettings.builder().setLabel("t").build();
        assertThat(FactYaml.read(text)).map(v -> spelt(v.value()))
                .contains(spelt(new Load(settings).loadFromString(text)));
    }

    @Test
    void leavesToSnakeyamlWhatItDoesNotRead() {
        LoadSettings settings = LoadSettings.builder().setLabel("t").build();
        for (String text : List.of("a: {x: 1,\ny: 2}\n", "a: |\n  x\n", "a: 1\n---\nb: 2\n",
                "a: {x: multi\n  line}\n", "a: *undefined\n", "a: &x\n  b: 1\n", "a: [p:, q]\n")) {
            assertThat(FactYaml.read(text)).as(text).isEmpty();
        }
    }

    /** A value spelt with its key order and the type of every scalar. */
    private static String spelt(Object node) {
        StringBuilder b = new StringBuilder();
        spell(node, b);
        return b.toString();
    }

    private static void spell(Object node, StringBuilder b) {
        if (node instanceof Map<?, ?> m) {
            b.append(node.getClass().getSimpleName()).append('{');
            m.forEach((k, v) -> {
                spell(k, b);
                b.append('=');
                spell(v, b);
                b.append(',');
            });
            b.append('}');
        } else if (node instanceof List<?> l) {
            b.append(node.getClass().getSimpleName()).append('[');
            l.forEach(v -> {
                spell(v, b);
                b.append(',');
            });
            b.append(']');
        } else {
            b.append(node == null ? "null" : node.getClass().getSimpleName() + ':' + node);
        }
    }
}
