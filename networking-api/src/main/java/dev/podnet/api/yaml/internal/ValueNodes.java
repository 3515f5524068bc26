package dev.podnet.api.yaml.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The nodes snakeyaml-engine's {@link StandardRepresenter} (default {@link DumpSettings}) makes of a
 * plain Java tree, for the codecs to read a provider tree back: the common values (maps with string
 * keys, lists, printable one-line strings, booleans, integers, null) are built directly, since a
 * representer is built per call (its type tables) and looks each value's class up; a tree holding
 * anything else is handed to the representer whole. {@code ValueNodesTest} compares both on seeded
 * random trees.
 */
public final class ValueNodes {
    private ValueNodes() {
    }

    /** Made on first use: default settings build the JSON schema, whose resolver compiles its patterns. */
    private static final class Dump {
        static final DumpSettings SETTINGS = DumpSettings.builder().build();
    }

    /** The tree's nodes, as {@code new StandardRepresenter(DumpSettings.builder().build()).represent(tree)} makes them. */
    public static Node of(Object tree) {
        Node n = direct(tree);
        return n != null ? n : new StandardRepresenter(Dump.SETTINGS).represent(tree);
    }

    /** The node of {@code v}, or null when some value in it is not one of the common kinds. */
    private static Node direct(Object v) {
        if (v instanceof String s) {
            return plainString(s) ? new ScalarNode(Tag.STR, s, ScalarStyle.PLAIN) : null;
        }
        if (v instanceof Map<?, ?> m) {
            List<NodeTuple> tuples = new ArrayList<>(m.size());
            FlowStyle style = FlowStyle.FLOW;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String)) return null;
                Node k = direct(e.getKey());
                Node value = k == null ? null : direct(e.getValue());
                if (value == null) return null;
                // the representer's best style: flow while every key and value is a plain scalar
                if (!(value instanceof ScalarNode s && s.isPlain())) style = FlowStyle.BLOCK;
                tuples.add(new NodeTuple(k, value));
            }
            return new MappingNode(Tag.MAP, tuples, style);
        }
        if (v instanceof List<?> l) {
            List<Node> items = new ArrayList<>(l.size());
            FlowStyle style = FlowStyle.FLOW;
            for (Object o : l) {
                Node n = direct(o);
                if (n == null) return null;
                if (!(n instanceof ScalarNode s && s.isPlain())) style = FlowStyle.BLOCK;
                items.add(n);
            }
            return new SequenceNode(Tag.SEQ, items, style);
        }
        if (v == null) {
            return new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
        }
        if (v instanceof Boolean b) {
            return new ScalarNode(Tag.BOOL, b ? "true" : "false", ScalarStyle.PLAIN);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return new ScalarNode(Tag.INT, v.toString(), ScalarStyle.PLAIN);
        }
        return null;
    }

    /**
     * A string the representer writes as a plain {@code str} scalar: printable (else it writes base64
     * binary) and on one line (else it picks the literal style; its {@code MULTILINE_PATTERN} breaks
     * are LF, NEL, LS and PS).
     */
    private static boolean plainString(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
            ascii &= c >= 0x20 && c < 0x7f;
        }
        return ascii || StreamReader.isPrintable(s);
    }
}
