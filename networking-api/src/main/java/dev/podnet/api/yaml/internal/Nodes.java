package dev.podnet.api.yaml.internal;

import dev.podnet.api.internal.GoScalars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            throw ReadFailure.at(0, 0, "document expands to more than " + MAX_VALUES + " values (alias bomb?)");
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
        return scalar((ScalarNode) n);
    }

    /**
     * The value of a scalar as kops reads it: a string unless it was plain and go-yaml v2 resolves
     * it to null, a boolean or a number (see {@link GoYamlSchema}).
     */
    public static Object scalar(ScalarNode s) {
        if (Tag.STR.equals(s.getTag())) return s.getValue();
        return GoScalars.resolvePlain(s.getValue()).value();
    }
}
