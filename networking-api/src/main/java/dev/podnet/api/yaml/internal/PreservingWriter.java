package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Writes a changed document back into the text it was read from, touching only what changed: the
 * text of an unchanged value (its quoting, comments around it, the order of keys, indentation) stays
 * byte for byte; a changed scalar is replaced where it stands; a new key goes after the last key of
 * its mapping; a removed key loses its lines. A value whose shape changed (a list of another length,
 * a flow collection that gains keys) is rewritten whole, in flow style where it stood in flow or as
 * a scalar, in block style otherwise. A document with aliases, merge or duplicate keys is patched the
 * same way where that gives the edited value ({@link #readOnce}); the caller rewrites it otherwise.
 */
public final class PreservingWriter {
    /** Keys that name one field in kops' two versions; an edit keeps the spelling the user wrote. */
    private static final Map<String, String> SAME_FIELD = Map.of("masters", "controlPlane", "controlPlane", "masters");

    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    private record Edit(int start, int end, String replacement) {
    }

    private PreservingWriter(String text) {
        this.text = text;
    }

    /**
     * {@code text} with the document rooted at {@code node} (read from it, marks kept) changed to
     * {@code value}, a plain tree of maps, lists and scalars.
     */
    public static String patch(String text, Node node, Object value) {
        PreservingWriter w = new PreservingWriter(text);
        w.patchNode(node, value);
        w.edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Edit e : w.edits) out.replace(e.start, e.end, e.replacement);
        return out.toString();
    }

    /**
     * {@code text} with the document rooted at {@code node} replaced whole by {@code value} in kops'
     * layout: for a document whose text {@link #patch} cannot change in place.
     */
    public static String rewrite(String text, Node node, Object value) {
        PreservingWriter w = new PreservingWriter(text);
        w.replace(node, value);
        Edit e = w.edits.get(0);
        return new StringBuilder(text).replace(e.start, e.end, e.replacement).toString();
    }

    /**
     * Whether each piece of the document's text gives one value: no alias, merge or duplicate key.
     * Otherwise an edit in place may change values read elsewhere (an anchor's text is read at each
     * alias) or be undone (an earlier duplicate or a merge reappears), so the caller checks the result.
     */
    public static boolean readOnce(Node root) {
        Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n) || n instanceof FoldedMapping) return false;
            if (n instanceof SequenceNode q) q.getValue().forEach(todo::push);
            if (n instanceof MappingNode m) m.getValue().forEach(t -> todo.push(t.getValueNode()));
        }
        return true;
    }

    private void patchNode(Node node, Object value) {
        if (node instanceof ScalarNode s) {
            if (!sameScalar(s, value)) replace(node, value);
        } else if (node instanceof MappingNode m && value instanceof Map<?, ?> map) {
            patchMapping(m, map);
        } else if (node instanceof SequenceNode q && value instanceof List<?> list && q.getValue().size() == list.size()) {
            for (int i = 0; i < list.size(); i++) patchNode(q.getValue().get(i), list.get(i));
        } else {
            replace(node, value);
        }
    }

    private void patchMapping(MappingNode m, Map<?, ?> map) {
        Map<String, Object> wanted = new LinkedHashMap<>();
        map.forEach((k, v) -> wanted.put(String.valueOf(k), v));
        Set<String> kept = new HashSet<>();
        List<NodeTuple> removed = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String key = Nodes.key(t);
            String as = wanted.containsKey(key) ? key : SAME_FIELD.getOrDefault(key, key);
            if (wanted.containsKey(as) && !kept.contains(as)) {
                kept.add(as);
                patchNode(t.getValueNode(), wanted.get(as));
            } else if (!nothing(t.getValueNode())) {
                removed.add(t);
            }
        }
        Map<String, Object> added = new LinkedHashMap<>(wanted);
        added.keySet().removeAll(kept);
        boolean flow = m.getFlowStyle() == FlowStyle.FLOW;
        if (flow && (!added.isEmpty() || !removed.isEmpty()) || !flow && !m.getValue().isEmpty() && removed.size() == m.getValue().size() && added.isEmpty()) {
            edits.removeIf(e -> e.start >= start(m) && e.end <= end(m));
            replace(m, wanted);
            return;
        }
        for (NodeTuple t : removed) edits.add(new Edit(lineStart(start(t.getKeyNode())), lineEnd(end(t.getValueNode())), ""));
        if (!added.isEmpty()) insertAfterLast(m, added);
    }

    private void insertAfterLast(MappingNode m, Map<String, Object> added) {
        int at = lineEnd(end(m));
        int column = column(start(written(m).getValue().get(0).getKeyNode()));
        StringBuilder b = new StringBuilder();
        if (at > 0 && text.charAt(at - 1) != '\n') b.append('\n');
        String indent = " ".repeat(column);
        for (Map.Entry<String, Object> e : added.entrySet()) {
            String entry = YamlText.write(Map.of(e.getKey(), e.getValue() == null ? Map.of() : e.getValue()));
            if (e.getValue() == null) entry = YamlText.writeOneLine(e.getKey()) + ": null\n";
            for (String line : entry.split("\n", -1)) {
                if (!line.isEmpty()) b.append(indent).append(line).append('\n');
            }
        }
        edits.add(new Edit(at, at, b.toString()));
    }

    private void replace(Node node, Object value) {
        boolean block = node instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.BLOCK
                && (value instanceof Map<?, ?> mv && !mv.isEmpty() || value instanceof List<?> lv && !lv.isEmpty());
        String replacement;
        if (block) {
            String indent = " ".repeat(column(start(node)));
            String[] lines = YamlText.write(value).split("\n");
            StringBuilder b = new StringBuilder(lines[0]);
            for (int i = 1; i < lines.length; i++) b.append('\n').append(indent).append(lines[i]);
            replacement = b.toString();
        } else {
            replacement = YamlText.writeOneLine(value);
        }
        int end = end(node);
        if (node instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED)) {
            replacement += "\n";
        }
        edits.add(new Edit(start(node), end, replacement));
    }

    /** A null or empty value: the model writes no key for it, and the user's text keeps it. */
    private static boolean nothing(Node n) {
        return Nodes.isNull(n) || n instanceof CollectionNode<?> c && c.getValue().isEmpty();
    }

    /** Whether the scalar as written means {@code value} to kops (so that it is kept as written). */
    private static boolean sameScalar(ScalarNode s, Object value) {
        Object read = Nodes.scalar(s);
        if (Objects.equals(read, value)) return true;
        if (read instanceof Number a && value instanceof Number b) return a.doubleValue() == b.doubleValue();
        // a quantity or another string field written as a plain number is kept as written
        return value instanceof String v && v.equals(s.getValue());
    }

    /** A mapping as it stands in the text (a folded one's entries may come from elsewhere). */
    private static MappingNode written(MappingNode m) {
        return m instanceof FoldedMapping f ? f.written() : m;
    }

    private static int start(Node n) { return n.getStartMark().orElseThrow().getIndex(); }

    private int column(int index) { return index - lineStart(index); }

    /** Where the text of a node ends: a block collection's end mark lies at the next token, so its last leaf decides. */
    private static int end(Node n) {
        if (n instanceof MappingNode folded && folded.getFlowStyle() == FlowStyle.BLOCK && !folded.getValue().isEmpty()) {
            MappingNode m = written(folded);
            return end(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (n instanceof SequenceNode q && q.getFlowStyle() == FlowStyle.BLOCK && !q.getValue().isEmpty()) {
            return end(q.getValue().get(q.getValue().size() - 1));
        }
        return n.getEndMark().orElseThrow().getIndex();
    }

    private int lineStart(int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) != '\n') i--;
        return i;
    }

    /** The index after the line break that ends the line of {@code index} (a value ending a line included). */
    private int lineEnd(int index) {
        if (index > 0 && text.charAt(index - 1) == '\n') return index;
        int i = text.indexOf('\n', index);
        return i < 0 ? text.length() : i + 1;
    }
}
