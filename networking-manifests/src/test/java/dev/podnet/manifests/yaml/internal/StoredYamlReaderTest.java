package dev.podnet.manifests.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stored-object reader gives the trees {@link ManifestParser} gives, or steps aside. */
class StoredYamlReaderTest {

    /** Every document of every stored object pool ({@code *objects.yaml}), read by both readers. */
    @Test
    void readsEveryStoredDocumentAsManifestParserDoes() throws IOException, URISyntaxException {
        Path root = Path.of(StoredYamlReaderTest.class.getResource("/dev/podnet/manifests/packaging.yaml").toURI()).getParent();
        List<Path> pools;
        try (Stream<Path> files = Files.walk(root)) {
            pools = files.filter(p -> p.getFileName().toString().endsWith("objects.yaml")).sorted().toList();
        }
        assertThat(pools).hasSizeGreaterThan(8);
        int documents = 0;
        for (Path pool : pools) {
            for (String document : documents(Files.readString(pool, StandardCharsets.UTF_8))) {
                FrozenMap fast = StoredYamlReader.read(document);
                assertThat(fast).as("%s, document %s", pool.getFileName(), document.lines().findFirst().orElse(""))
                        .isNotNull();
                Object slow = ManifestParser.parse(document).get(0).root();
                assertThat(spelt(fast)).as("%s: %s", pool, document.lines().findFirst().orElse("")).isEqualTo(spelt(slow));
                documents++;
            }
        }
        assertThat(documents).isGreaterThan(500);
    }

    /** The documents of a pool as ObjectPool cuts them: from each line opening with {@code ---}. */
    private static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end + 1;
            if (text.startsWith("---", at)) {
                if (start >= 0) {
                    out.add(text.substring(start, at));
                }
                start = at;
            }
            at = end;
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** A tree spelt with its key order and the type of every scalar, so that equal spellings mean equal trees. */
    private static String spelt(Object node) {
        StringBuilder b = new StringBuilder();
        spell(node, b);
        return b.toString();
    }

    private static void spell(Object node, StringBuilder b) {
        if (node instanceof Map<?, ?> m) {
            b.append(node.getClass().getSimpleName()).append('{');
            m.forEach((k, v) -> {
                b.append(k).append('=');
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

    private static final String HEAD = "--- # 0\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";

    private static void sameAsManifestParser(String body) {
        String text = HEAD + body;
        FrozenMap fast = StoredYamlReader.read(text);
        assertThat(fast).as(body).isNotNull();
        assertThat(spelt(fast)).as(body).isEqualTo(spelt(ManifestParser.parse(text).get(0).root()));
    }

    @Test
    void readsScalarsWithGoYamlMeaningsAndEscapes() {
        sameAsManifestParser("data:\n  a: yes\n  b: 0x1F\n  c: '017'\n  d: 1.5\n  e: ~\n  f: \"x\\ty\\n\\\"z\\\\ \\u00e9\\x41\\U0001F600\"\n"
                + "  g: 'it''s'\n  h: -1\n  i: --flag=a:b\n  j: []\n  k: {}\n  'on': \"q\"\n  08: x\n  \"k:v\": y\n");
    }

    @Test
    void readsSequencesUnderKeysIndentedOrNotAndMappingsInThem() {
        sameAsManifestParser("spec:\n  containers:\n  - args:\n    - --a\n    - b: c\n      d: e\n    name: x\n  - name: y\n"
                + "  list:\n    - 1\n    - two\nafter: z\n");
    }

    @Test
    void foldsSingleQuotedScalarsOverSeveralLinesAsYamlDoes() {
        sameAsManifestParser("a: 'first line  \n    second\n\n    third '' quote\n\n\n    last'\nb:\n- 'item\n  folded'\n- x\n");
    }

    /** The forms go-yaml writes that PyYAML's block style does not: StoredPoolForm writes the pools with them. */
    @Test
    void readsGoYamlsLiteralBlocksAndFoldedScalars() {
        sameAsManifestParser("a: |\n  text\n  more\nb: |-\n  one\n\n\n    two\n  three\nc: |2-\n   lead\n  x\n"
                + "d:\n- |-\n  item\n  lines\n- x\ne: plain folded\n  over -lines, [x] *y\nf: \"quoted folded\n  over \\\"x\\\" \\n lines\"\n"
                + "g:\n  - h: plain\n      more\n    i: j\n");
    }

    @Test
    void stepsAsideOutsideItsSubset() {
        for (String body : List.of("a: &x 1\nb: *x\n", "a: |+\n  text\n\nb: 1\n", "a: |\n\n  text\n", "a: |-\n  text\n\n",
                "a: >\n  text\n", "a: \"ends\\\n  x\"\n", "a: \"space \n  x\"\n", "a: plain\n  b: c\n", "a: plain\n  # c\n", "a: !!str 1\n", "# comment\na: 1\n",
                "a: 1 # comment\n", "a: [1, 2]\n", "a: {b: 1}\n", "a: 1\na: 2\n", "<<: {b: 1}\n", "a:\n",
                "a: 'multi\nline'\n", "a: 'never closed\n  b: c\n", "a:\tb\n", "a: 1\n\nb: 2\n", "a: x\r\n",
                "a:\n  - - 1\n", "a: b: c\n", "a: \"\\q\"\n", "a:  two spaces\n", "a:\n- 1\n  - 2\n", "...\n")) {
            assertThat(StoredYamlReader.read(HEAD + body)).as(body).isNull();
        }
    }

    @Test
    void aDocumentThatIsNotOneRootMappingStepsAside() {
        assertThat(StoredYamlReader.read("--- # 0\n- a\n- b\n")).isNull();
        assertThat(StoredYamlReader.read("--- # 0\nplain\n")).isNull();
        assertThat(StoredYamlReader.read("--- # 0\n")).isNull();
        assertThat(StoredYamlReader.read("---\na: 1\n---\nb: 2\n")).isNull();
    }
}
