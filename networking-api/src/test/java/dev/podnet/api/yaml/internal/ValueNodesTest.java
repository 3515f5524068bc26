package dev.podnet.api.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * {@link ValueNodes#of} must make the nodes snakeyaml-engine's representer makes: the same node types,
 * tags, values, scalar and flow styles, over seeded random trees of every value kind a provider tree
 * holds and some it does not (doubles, multi-line and non-printable strings, non-string keys), which
 * take the representer's path.
 */
class ValueNodesTest {
    private static final long SEED = 20_261_204L;
    private static final String[] PIECES = {"a", "calico", "10.0.0.0/8", "", " ", "true", "null", "1", "-", ":",
        "#", "é", "\u00a0", "\t", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u0001", "\u007f", "\ud83d\ude00",
        "\ufeff", "'", "\"", "\\"};

    @Test
    void makesTheRepresentersNodesForRandomTrees() {
        Random random = new Random(SEED);
        int direct = 0;
        for (int i = 0; i < 20_000; i++) {
            Object tree = map(random, 0);
            Node expected = new StandardRepresenter(DumpSettings.builder().build()).represent(tree);
            Node actual = ValueNodes.of(tree);
            assertThat(describe(actual)).as("tree %s", tree).isEqualTo(describe(expected));
            if (!containsOdd(tree)) direct++;
        }
        // both paths are exercised: most trees are built directly, some go through the representer
        assertThat(direct).isBetween(2_000, 19_000);
    }

    @Test
    void emptyAndScalarOnlyCollectionsAreFlowLikeTheRepresenters() {
        for (Object tree : List.of(Map.of(), List.of(), Map.of("k", "v"), Map.of("k", List.of()),
                Map.of("k", Map.of("a", 1)), List.of(true, 2L, BigInteger.TEN), Map.of("k", "x\ny"))) {
            Node expected = new StandardRepresenter(DumpSettings.builder().build()).represent(tree);
            assertThat(describe(ValueNodes.of(tree))).isEqualTo(describe(expected));
        }
    }

    private static boolean containsOdd(Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String) || containsOdd(e.getKey()) || containsOdd(e.getValue())) return true;
            }
            return false;
        }
        if (v instanceof List<?> l) return l.stream().anyMatch(ValueNodesTest::containsOdd);
        if (v instanceof String s) return s.chars().anyMatch(c -> c < 0x20 || c >= 0x7f);
        return v instanceof Double;
    }

    private static Map<Object, Object> map(Random r, int depth) {
        Map<Object, Object> m = new LinkedHashMap<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            Object key = r.nextInt(40) == 0 ? (Object) r.nextInt(10) : string(r);
            m.put(key, value(r, depth + 1));
        }
        return m;
    }

    private static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 3 ? 7 : 9);
        return switch (kind) {
            case 0, 1 -> string(r);
            case 2 -> r.nextBoolean();
            case 3 -> r.nextInt(3) == 0 ? (Object) (long) r.nextInt() : r.nextInt(1000) - 500;
            case 4 -> r.nextInt(20) == 0 ? (Object) r.nextDouble() : BigInteger.valueOf(r.nextLong()).shiftLeft(8);
            case 5 -> null;
            case 6 -> string(r);
            case 7 -> map(r, depth);
            default -> {
                List<Object> l = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) l.add(value(r, depth + 1));
                yield l;
            }
        };
    }

    private static String string(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            // mostly plain text, sometimes a character the representer treats apart
            b.append(r.nextInt(6) == 0 ? PIECES[r.nextInt(PIECES.length)] : PIECES[r.nextInt(4)]);
        }
        return b.toString();
    }

    /** The node as text: type, tag, value, scalar style, flow style, children in order. */
    private static String describe(Node n) {
        StringBuilder b = new StringBuilder();
        describe(n, b);
        return b.toString();
    }

    private static void describe(Node n, StringBuilder b) {
        b.append(n.getClass().getSimpleName()).append('<').append(n.getTag()).append(' ');
        if (n instanceof ScalarNode s) {
            b.append(s.getScalarStyle()).append(" [").append(s.getValue()).append(']');
        } else if (n instanceof MappingNode m) {
            b.append(((CollectionNode<?>) m).getFlowStyle());
            for (NodeTuple t : m.getValue()) {
                b.append(' ');
                describe(t.getKeyNode(), b);
                b.append('=');
                describe(t.getValueNode(), b);
            }
        } else if (n instanceof SequenceNode s) {
            b.append(s.getFlowStyle());
            for (Node c : s.getValue()) {
                b.append(' ');
                describe(c, b);
            }
        }
        b.append('>');
    }
}
