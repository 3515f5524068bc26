package dev.podnet.api.yaml.internal;

import dev.podnet.api.internal.SafeScalars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Gives every mapping of a composed document the keys kops reads, which decodes a Cluster with
 * sigs.k8s.io/yaml (go-yaml v2 into generic maps, then JSON). Checked with kops-oracle at kops
 * v1.19.0, v1.24.0, v1.30.0, v1.33.1 and v1.36.0, which all agree:
 * <ul>
 * <li>a key written twice keeps its last value, whole (a mapping is not merged into an earlier
 * mapping, and a scalar may replace a mapping or the reverse), at every level;</li>
 * <li>a plain {@code <<} key merges the mapping it names, or each mapping of the list it names, into
 * its mapping at its place in document order: a later key, explicit or merged, replaces an earlier
 * one, so a merge overrides explicit keys written before it and explicit keys after it override
 * the merge; within a list the earlier mapping wins; merge sources may merge in turn;</li>
 * <li>a merge of anything but a mapping or a list of mappings (a scalar, null, a list holding a
 * scalar) is an error ("map merge requires map or sequence of maps as the value");</li>
 * <li>a quoted {@code "<<"} is an ordinary key, unless tagged {@code !!merge}; {@code <<} as a value
 * is an ordinary string, tagged or not.</li>
 * </ul>
 * Keys that only become one once kops turns them into JSON strings ({@code 1} and {@code "1"}) are
 * refused: kops keeps one of them at random (Go map order; seen with kops-oracle). Each node is
 * folded once (aliases share the folded node), so the work is linear in the composed graph, whose
 * expansion {@link YamlLoader} has bounded before; folding only drops or lifts entries, so the
 * result expands to no more than the written document.
 */
final class MappingFolder {
    private final Map<Node, Node> folded = new IdentityHashMap<>();

    private MappingFolder() {
    }

    /** The document rooted at {@code root} with each mapping as kops reads it; containers are updated in place. */
    static Node fold(Node root) {
        return new MappingFolder().node(root);
    }

    /** Whether {@code key} is a merge key to go-yaml v2: {@code <<} plain and untagged, or tagged {@code !!merge}. */
    static boolean isMerge(Node key) {
        return key instanceof ScalarNode s && s.getValue().equals("<<")
                && (s.getScalarStyle() == ScalarStyle.PLAIN && s.isResolved() || Tag.MERGE.equals(s.getTag()));
    }

    /**
     * The type go-yaml v2 (YAML 1.1) gives a key: its explicit tag, {@code !!str} for quoted or
     * string-like keys, else the type of the plain scalar ({@code !!int}, {@code !!bool}, ...), which kops' JSON step writes as text.
     */
    static Tag keyTag(ScalarNode s) {
        if (s.getScalarStyle() == ScalarStyle.PLAIN && s.isResolved()) {
            Tag any = SafeScalars.resolve(s.getValue());
            if (!Tag.STR.equals(any)) return any;
        }
        return s.getTag();
    }

    private Node node(Node n) {
        Node done = folded.get(n);
        if (done != null) return done;
        Node out = n;
        if (n instanceof SequenceNode q) {
            List<Node> items = q.getValue();
            for (int i = 0; i < items.size(); i++) items.set(i, node(items.get(i)));
        } else if (n instanceof MappingNode m) {
            out = needsFolding(m) ? new FoldedMapping(m, entries(m)) : foldValues(m);
        }
        folded.put(n, out);
        return out;
    }

    private MappingNode foldValues(MappingNode m) {
        List<NodeTuple> tuples = m.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple t = tuples.get(i);
            Node v = node(t.getValueNode());
            if (v != t.getValueNode()) tuples.set(i, new NodeTuple(t.getKeyNode(), v));
        }
        return m;
    }

    private static boolean needsFolding(MappingNode m) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (isMerge(t.getKeyNode()) || !keys.add(Nodes.key(t))) return true;
        }
        return false;
    }

    /** The entries kops reads from {@code m}, in the order each key first appears. */
    private List<NodeTuple> entries(MappingNode m) {
        Entries out = new Entries();
        for (NodeTuple t : m.getValue()) {
            if (isMerge(t.getKeyNode())) {
                merge(t.getKeyNode(), t.getValueNode(), out);
            } else {
                out.put(new NodeTuple(t.getKeyNode(), node(t.getValueNode())));
            }
        }
        return new ArrayList<>(out.byKey.values());
    }

    /** go-yaml v2 applies a list of merge sources from the last to the first, so that the first wins. */
    private void merge(Node key, Node source, Entries out) {
        if (source instanceof MappingNode m) {
            mergeOne(m, out);
        } else if (source instanceof SequenceNode q) {
            for (Node item : q.getValue()) {
                if (!(item instanceof MappingNode)) throw notMergeable(key, item);
            }
            for (int i = q.getValue().size() - 1; i >= 0; i--) mergeOne((MappingNode) q.getValue().get(i), out);
        } else {
            throw notMergeable(key, source);
        }
    }

    private void mergeOne(MappingNode source, Entries out) {
        for (NodeTuple t : ((MappingNode) node(source)).getValue()) out.put(t);
    }

    /** At the merge key: an alias's node stands where its anchor is, far from the merge. */
    private static ReadFailure notMergeable(Node key, Node value) {
        Node at = key;
        int line = at.getStartMark().map(x -> x.getLine() + 1).orElse(0);
        int col = at.getStartMark().map(x -> x.getColumn() + 1).orElse(0);
        return new ReadFailure(List.of(new ReadProblem("", line, col, "malformed YAML: a merge key (<<) needs a mapping"
                + " or a list of mappings, got " + Nodes.describe(value) + " (kops: map merge requires map or sequence of"
                + " maps as the value)")));
    }

    /** Entries by key: a later one replaces the value of an earlier one, which keeps its place. */
    private static final class Entries {
        private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        private final Map<String, Tag> tags = new HashMap<>();

        void put(NodeTuple t) {
            ScalarNode k = (ScalarNode) t.getKeyNode();
            Tag tag = keyTag(k);
            Tag before = tags.putIfAbsent(k.getValue(), tag);
            if (before != null && !before.equals(tag)) {
                int line = k.getStartMark().map(x -> x.getLine() + 1).orElse(0);
                int col = k.getStartMark().map(x -> x.getColumn() + 1).orElse(0);
                throw new ReadFailure(List.of(new ReadProblem("", line, col, "malformed YAML: the keys " + k.getValue()
                        + " and \"" + k.getValue() + "\" are one key once kops reads them as JSON, and kops keeps"
                        + " either at random: write one")));
            }
            byKey.put(k.getValue(), t);
        }
    }
}
