package dev.podnet.api.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@link YamlLoader#compose} with the subset reader ({@link BlockYamlReader}) must give exactly what
 * snakeyaml-engine alone gives: the same nodes (type, tag, resolution, value, style, anchor,
 * comments, every start and end mark with its line, column, index and text) or the same refusal.
 * Inputs: every YAML text of the repository (kops' corpus, the generated cases and their inputs,
 * examples, manifests), seeded random block YAML and its near misses, and hostile inputs (deep
 * nesting, long lines and keys, many documents, odd characters everywhere). A longer run:
 * {@code -Dpodnet.yaml.count=100000 -Dpodnet.yaml.seed=7} (passed once, 100,000 texts).
 */
class BlockYamlReaderDifferentialTest {
    private static final long SEED = Long.getLong("podnet.yaml.seed", 20_261_204L);
    private static final int COUNT = Integer.getInteger("podnet.yaml.count", 20_000);
    private static final ReadLimits DEFAULT = new ReadLimits(20, 64, 1024 * 1024, 1000, 256 * 1024, 1024 * 1024);
    private static final ReadLimits SMALL = new ReadLimits(1, 3, 4000, 1, 30, 60);
    private static final ReadLimits LARGE = new ReadLimits(1000, 64, 64 << 20, 100_000, 8 << 20, 64 << 20);

    /**
     * Compares both readers on one text; true when the subset reader read it itself. When it steps
     * aside, {@code compose} runs exactly the code it runs without it, so only texts it reads need
     * comparing (which keeps kops' long manifests from being read twice for nothing).
     */
    private static boolean same(String text, ReadLimits limits) {
        if (BlockYamlReader.read(text, limits.maxDepth()) == null) return false;
        String engine = outcome(text, limits, false);
        String subset = outcome(text, limits, true);
        assertThat(subset).as("read of %s", abbreviated(text)).isEqualTo(engine);
        return true;
    }

    private static String abbreviated(String text) {
        String shown = text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
        return "\"" + shown.replace("\n", "\\n\n") + "\"";
    }

    private static String outcome(String text, ReadLimits limits, boolean subset) {
        try {
            List<Node> docs = YamlLoader.compose(text, limits, subset);
            StringBuilder b = new StringBuilder("read ").append(docs.size()).append(" documents\n");
            for (Node d : docs) {
                describe(d, b, 0);
                // the text a mark carries (error snippets): the root's is enough, marks of one stream share it
                b.append(d.getStartMark().map(Mark::createSnippet).orElse("")).append('\n');
                b.append(d.getEndMark().map(Mark::createSnippet).orElse("")).append('\n');
            }
            return b.toString();
        } catch (ReadFailure e) {
            return "refused " + e.problems();
        } catch (RuntimeException | StackOverflowError e) {
            return "failed " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void describe(Node n, StringBuilder b, int depth) {
        b.append("  ".repeat(depth)).append(n.getClass().getSimpleName()).append(' ').append(n.getTag())
                .append(" resolved=").append(n.isResolved()).append(" recursive=").append(n.isRecursive())
                .append(" anchor=").append(n.getAnchor()).append(" comments=").append(n.getBlockComments())
                .append(n.getInLineComments()).append(n.getEndComments()).append(' ')
                .append(mark(n.getStartMark())).append(' ').append(mark(n.getEndMark()));
        if (n instanceof ScalarNode s) {
            b.append(' ').append(s.getScalarStyle()).append(" [").append(s.getValue()).append("]\n");
        } else if (n instanceof MappingNode m) {
            b.append(' ').append(m.getFlowStyle()).append(" merge=").append(m.hasMergeTag()).append('\n');
            for (NodeTuple t : m.getValue()) {
                describe(t.getKeyNode(), b, depth + 1);
                describe(t.getValueNode(), b, depth + 2);
            }
        } else if (n instanceof SequenceNode q) {
            b.append(' ').append(q.getFlowStyle()).append('\n');
            for (Node c : q.getValue()) describe(c, b, depth + 1);
        }
    }

    private static String mark(Optional<Mark> m) {
        return m.map(x -> x.getName() + "@" + x.getIndex() + "/" + x.getLine() + ":" + x.getColumn() + "/" + x.getPointer())
                .orElse("none");
    }

    @Test
    void seededBlockYamlAndNearMissesReadTheSame() {
        YamlTextGenerator generator = new YamlTextGenerator(SEED);
        int read = 0;
        for (int i = 0; i < COUNT; i++) {
            String text = generator.next();
            ReadLimits limits = i % 7 == 0 ? SMALL : DEFAULT;
            if (same(text, limits)) read++;
        }
        // the generator stays mostly inside the subset, so both the subset and its borders are compared
        assertThat(read).isGreaterThan(COUNT / 3).isLessThan(COUNT);
    }

    @Test
    void everyYamlTextOfTheRepositoryReadsTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of(".."))) {
            files = all.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
                            || p.toString().endsWith(".yaml.gz"))
                    .sorted().toList();
        }
        int read = 0;
        int texts = 0;
        for (Path f : files) {
            String text = text(f);
            texts++;
            if (same(text, LARGE)) read++;
            for (String input : caseInputs(f, text)) {
                texts++;
                if (same(input, DEFAULT)) read++;
            }
        }
        assertThat(files).hasSizeGreaterThan(3000);
        // kops' cluster specs and the generated inputs are in the subset; its manifests mostly not
        assertThat(read).isGreaterThan(texts / 3);
    }

    private static final String SPEC = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: kubenet.example.com  # a comment
            spec:
              kubernetesVersion: "1.25.0"
              networking:
                kubenet: {}
              subnets:
              - cidr: 172.20.32.0/19
                name: 'us-east-1a'
                zone: [a, b]
            """;

    @Test
    void oddCharactersAnywhereReadTheSame() {
        String odd = "\u0000\u0001\t\r\u001b\u007f\u0085\u00a0\u00e9\u200b\u2028\u2029\u4e2d\ufeff\ufffe\uffff"
                + "\ud800\udc00:#-'\"[]{},&*!|>?%@` ";
        int read = 0;
        int texts = 0;
        for (int at = 0; at <= SPEC.length(); at++) {
            for (int k = 0; k < odd.length(); k++) {
                String c = odd.substring(k, k + 1);
                texts += 2;
                if (same(SPEC.substring(0, at) + c + SPEC.substring(at), DEFAULT)) read++;
                if (at < SPEC.length() && same(SPEC.substring(0, at) + c + SPEC.substring(at + 1), DEFAULT)) read++;
            }
        }
        for (String t : List.of(SPEC.replace("\n", "\r\n"), "\ufeff" + SPEC, SPEC + "\ud83d\ude00: x\n", "%YAML 1.2\n---\n" + SPEC,
                SPEC.replace("kubenet: {}", "kubenet: &k {}\n    x: *k"), SPEC.replace("{}", "!!map {}"))) {
            same(t, DEFAULT);
        }
        assertThat(read).isGreaterThan(texts / 5);
    }

    @Test
    void deepLongAndManyReadTheSame() {
        for (int depth : new int[] {63, 64, 65, 200}) {
            StringBuilder map = new StringBuilder();
            StringBuilder seq = new StringBuilder();
            for (int d = 0; d < depth; d++) {
                map.append(" ".repeat(d)).append("k:\n");
                seq.append(" ".repeat(d)).append("-\n");
            }
            assertThat(same(map + " ".repeat(depth) + "k: v\n", DEFAULT)).isEqualTo(depth < 64);
            assertThat(same(seq + " ".repeat(depth) + "- v\n", DEFAULT)).isEqualTo(depth < 64);
            same("a: " + "[".repeat(depth) + "]".repeat(depth) + "\n", DEFAULT);
            same("a: " + "{a: ".repeat(depth) + "b" + "}".repeat(depth) + "\n", DEFAULT);
        }
        int max = DEFAULT.maxScalarLength();
        for (int length : new int[] {max - 4, max - 3, max, max + 1}) {
            same("a: " + "x".repeat(length) + "\n", DEFAULT);
            same("a: \"" + "\\u00e9".repeat(length / 6) + "\"\n", DEFAULT);
        }
        for (int length : new int[] {1000, 1020, 1021, 1022, 1023, 1024, 1025, 2000}) {
            same("k".repeat(length) + ": v\n", DEFAULT);
            same("- " + "k".repeat(length) + ": v\n", DEFAULT);
            same("'" + "k".repeat(length) + "': v\n", DEFAULT);
        }
        for (int docs : new int[] {999, 1000, 1001}) {
            assertThat(same("a: 1\n" + "---\na: 1\n".repeat(docs - 1), DEFAULT)).isTrue();
            same("---\n".repeat(docs), DEFAULT);
        }
        for (String t : List.of("a: 1\na: 2\n", "~: a\n", "1.5: a\n", "017: a\n", "true: a\n", "yes: a\n", "<<: {a: 1}\n",
                "a:\n  <<: {}\n", "'<<': 1\n", "a: [<<]\n", "{}\n", "a: {b: 1, b: 2}\n", "- a\n- a\n", "a: 1\n...\n", "...\n",
                "---\n...\n---\n", "a: 1\n...\nb: 2\n", "---", "--- \n---  # c\n", "a: b\n c\n", "a:\n  b\n", "a: 'b\n  c'\n")) {
            same(t, DEFAULT);
            same(t, SMALL);
        }
    }

    @Test
    void duplicateAndMergeKeysFoldTheSame() {
        // what MappingFolder makes of them (or the refusal) must not depend on the reader
        List<String> texts = List.of("a: 1\na: 2\n", "a: 1\na: {b: 1}\n", "a: {b: 1}\na: 1\n", "a:\n  b: 1\n  b: 2\nc: 3\n",
                "<<: {a: 1}\na: 2\n", "a: 2\n<<: {a: 1}\n", "a:\n  <<: [{b: 1}, {b: 2, c: 1}]\n  c: 3\n",
                "- <<: {a: 1}\n  a: 2\n- a: 1\n  a: 2\n", "a:\n  <<: {b: {<<: {c: 1}, c: 2}}\n  <<: {d: 1}\n",
                "<<: 5\n", "<<: [1]\n", "<<:\n", "<<: []\n", "a: {1: x, '1': y}\n", "a: {<<: {true: 1}, 'true': 2}\n",
                "a: {b: 1, b: {c: 2}}\n", "'<<': {a: 1}\na: <<\n");
        for (String t : texts) {
            assertThat(same(t, DEFAULT)).as("read by the subset reader: %s", t).isTrue();
            same(t, SMALL);
        }
        assertThat(outcome("a:\n  <<: [{b: 1}, {b: 2, c: 1}]\n  c: 3\n", DEFAULT, true))
                .contains("[b]", "[1]", "[c]", "[3]").doesNotContain("[<<]", "[2]");
        assertThat(outcome("x: &x {k: 1}\n<<: *x\nk: 2\n", DEFAULT, false)).doesNotContain("[<<]");
    }

    private static String text(Path f) throws IOException {
        if (!f.toString().endsWith(".gz")) return Files.readString(f, StandardCharsets.UTF_8);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The {@code input} specs of a generated-cases file, each read on its own as the conformance tests read it. */
    private static List<String> caseInputs(Path f, String text) {
        if (!f.getFileName().toString().startsWith("cases-")) return List.of();
        Object root = new Load(LoadSettings.builder().setCodePointLimit(64 << 20).build()).loadFromString(text);
        List<String> inputs = new ArrayList<>();
        if (root instanceof Map<?, ?> m && m.get("cases") instanceof List<?> cases) {
            for (Object c : cases) {
                if (c instanceof Map<?, ?> cm && cm.get("input") instanceof String s) inputs.add(s);
            }
        }
        assertThat(inputs).as("inputs of %s", f).isNotEmpty();
        return inputs;
    }
}
