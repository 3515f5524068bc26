package dev.podnet.api.yaml.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Conversions from composed snakeyaml nodes to plain, unmodifiable Java values. */
public final class Nodes {
    private Nodes() {
    }

    /** Describes a node for a type error: {@code "abc"}, {@code a mapping}, {@code a list}. */
    public static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return isNull(n) ? "null" : "\"" + s.getValue() + "\"";
        }
        return n instanceof MappingNode ? "a mapping" : "a list";
    }

    public static boolean isNull(Node n) {
        return n instanceof ScalarNode && Tag.NULL.equals(n.getTag());
    }

    /** The key of a mapping entry as a string (YAML keys of kops documents are strings). */
    public static String key(NodeTuple t) {
        Node k = t.getKeyNode();
        return k instanceof ScalarNode s ? s.getValue() : String.valueOf(toValue(k, new int[] {MAX_VALUES}));
    }

    /** Values a single conversion may produce; aliases can multiply a small text into a huge tree. */
    private static final int MAX_VALUES = 1_000_000;

    /** The plain Java value of a node: maps keep their order; all results are unmodifiable. */
    public static Object toValue(Node n) {
        return toValue(n, new int[] {MAX_VALUES});
    }

    private static Object toValue(Node n, int[] budget) {
        if (--budget[0] < 0) {
            throw new dev.podnet.api.yaml.ClusterYamlException(List.of(new dev.podnet.api.yaml.YamlProblem("",
                    0, 0, "document expands to more than " + MAX_VALUES + " values (alias bomb?)")));
        }
        if (n instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) out.put(key(t), toValue(t.getValueNode(), budget));
            return Collections.unmodifiableMap(out);
        }
        if (n instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            for (Node c : s.getValue()) out.add(toValue(c, budget));
            return Collections.unmodifiableList(out);
        }
        ScalarNode s = (ScalarNode) n;
        Tag tag = s.getTag();
        String v = s.getValue();
        if (Tag.NULL.equals(tag)) return null;
        if (Tag.BOOL.equals(tag)) return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
        if (Tag.INT.equals(tag)) return integer(v).orElse(null) == null ? v : integer(v).get();
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.valueOf(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    /** Parses a YAML integer into Integer, Long or BigInteger, whichever fits. */
    public static Optional<Number> integer(String v) {
        try {
            String t = v.startsWith("+") ? v.substring(1) : v;
            BigInteger b;
            if (t.startsWith("0x") || t.startsWith("-0x")) {
                b = new BigInteger(t.replace("0x", ""), 16);
            } else if (t.startsWith("0o")) {
                b = new BigInteger(t.substring(2), 8);
            } else {
                b = new BigInteger(t);
            }
            if (b.bitLength() < 32) return Optional.of(b.intValue());
            if (b.bitLength() < 64) return Optional.of(b.longValue());
            return Optional.of(b);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
