package dev.podnet.api.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** {@link PatchFile#parse}: the text's nodes, checked one by one, into patches; every fault with its position. */
final class PatchFileParser {
    private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");
    private static final Set<String> PLAIN_TAGS = Set.of(Tag.STR.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

    private final String source;

    PatchFileParser(String source) {
        this.source = source;
    }

    List<ManifestPatch> read(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setSchema(new CoreSchema()).setUseMarks(true)
                .setAllowDuplicateKeys(false).setAllowNonScalarKeys(true).setCodePointLimit(PatchFile.MAX_BYTES + 1)
                // snakeyaml-engine 3.2 copies its data window on each refill while it scans one token
                // (quadratic in a long scalar); the text is in memory and bounded, so it is one window. A key
                // that is a map or list is composed so that its refusal has a position.
                .setBufferSize(text.length() + 1).build();
        Node root;
        try {
            guard(new ParserImpl(settings, new StreamReader(settings, text)));
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            root = composer.getSingleNode().orElseThrow(() -> fault(Optional.empty(),
                    "no patches: the file is empty (write a list of patches)"));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            throw fault(m, "malformed YAML: " + (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem());
        } catch (YamlEngineException e) {
            throw fault(Optional.empty(), "malformed YAML: " + e.getMessage());
        }
        if (!(root instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw fault(root, "a patch file is a non-empty list of patches, each with a target and a mergePatch or jsonPatch");
        }
        List<ManifestPatch> out = new ArrayList<>();
        for (Node n : list.getValue()) out.add(patch(n, new Values(settings)));
        return List.copyOf(out);
    }

    /** One pass over the events before anything is built: depth, documents, anchors, aliases and tags. */
    private void guard(Parser events) {
        int depth = 0;
        int documents = 0;
        while (events.hasNext()) {
            Event e = events.next();
            switch (e.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) throw fault(e.getStartMark(), "a patch file is one document; write all patches in one list");
                }
                case Alias -> throw fault(e.getStartMark(), "aliases (*name) are not allowed in a patch file");
                case MappingStart, SequenceStart -> {
                    if (++depth > PatchFile.MAX_DEPTH) {
                        throw fault(e.getStartMark(), "nested deeper than " + PatchFile.MAX_DEPTH + " levels");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
            if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
                throw fault(e.getStartMark(), "anchors (&" + n.getAnchor().get().getValue() + ") are not allowed in a patch file");
            }
            Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
            if (tag.isPresent() && !PLAIN_TAGS.contains(tag.get())) {
                throw fault(e.getStartMark(), "the tag " + tag.get() + " is not allowed in a patch file (values are JSON's:"
                        + " maps, lists, strings, numbers, booleans, null)");
            }
        }
    }

    private ManifestPatch patch(Node node, Values values) {
        Map<String, Node> m = fields(node, "a patch", Set.of("target", "mergePatch", "jsonPatch"));
        if (!m.containsKey("target")) throw fault(node, "a patch needs a target (kind, namespace, name)");
        PatchTarget target = target(m.get("target"));
        boolean merge = m.containsKey("mergePatch");
        if (merge == m.containsKey("jsonPatch")) throw fault(node, "a patch has either a mergePatch or a jsonPatch");
        if (merge) {
            Node p = m.get("mergePatch");
            if (!(p instanceof MappingNode)) throw fault(p, "mergePatch is a map (RFC 7386), e.g. {metadata: {labels: {a: b}}}");
            return withPosition(p, () -> ManifestPatch.mergePatch(target, asMap(values.of(p))));
        }
        Node ops = m.get("jsonPatch");
        if (!(ops instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw fault(ops, "jsonPatch is a non-empty list of operations (RFC 6902), e.g. [{op: replace, path: /spec/replicas, value: 2}]");
        }
        List<PatchOperation> list = new ArrayList<>();
        for (Node op : seq.getValue()) list.add(operation(op, values));
        return ManifestPatch.jsonPatch(target, list);
    }

    private PatchTarget target(Node node) {
        Map<String, Node> m = fields(node, "a target", Set.of("kind", "namespace", "name"));
        String kind = string(m, "kind", node);
        String name = string(m, "name", node);
        return withPosition(node, () -> m.containsKey("namespace") ? PatchTarget.of(kind, string(m, "namespace", node), name)
                : PatchTarget.clusterScoped(kind, name));
    }

    private PatchOperation operation(Node node, Values values) {
        Map<String, Node> m = fields(node, "an operation", Set.of("op", "path", "from", "value"));
        String op = string(m, "op", node);
        if (!OPS.contains(op)) throw fault(m.get("op"), "op is one of add, remove, replace, move, copy, test; got \"" + op + "\"");
        String path = pointer(m, "path", node);
        boolean from = op.equals("move") || op.equals("copy");
        boolean value = op.equals("add") || op.equals("replace") || op.equals("test");
        if (from != m.containsKey("from")) throw fault(node, op + (from ? " needs" : " takes no") + " from");
        if (value != m.containsKey("value")) throw fault(node, op + (value ? " needs" : " takes no") + " value");
        return withPosition(node, () -> switch (op) {
            case "add" -> PatchOperation.add(path, values.of(m.get("value")));
            case "replace" -> PatchOperation.replace(path, values.of(m.get("value")));
            case "test" -> PatchOperation.test(path, values.of(m.get("value")));
            case "move" -> PatchOperation.move(pointer(m, "from", node), path);
            case "copy" -> PatchOperation.copy(pointer(m, "from", node), path);
            default -> PatchOperation.remove(path);
        });
    }

    /** A map's entries by key, refusing keys outside {@code allowed} and duplicates. */
    private Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) throw fault(node, what + " is a map with " + String.join(", ", sorted(allowed)));
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode s) || !allowed.contains(s.getValue())) {
                throw fault(k, "unknown key " + (k instanceof ScalarNode s ? "\"" + s.getValue() + "\"" : "(not a string)")
                        + " in " + what + "; its keys are " + String.join(", ", sorted(allowed)));
            }
            if (out.put(s.getValue(), t.getValueNode()) != null) throw fault(k, "duplicate key \"" + s.getValue() + "\"");
        }
        return out;
    }

    private String string(Map<String, Node> m, String key, Node owner) {
        Node n = m.get(key);
        if (n == null) throw fault(owner, "missing " + key);
        if (!(n instanceof ScalarNode s) || !Tag.STR.equals(s.getTag()) || s.getValue().isEmpty()) {
            throw fault(n, key + " is a non-empty string");
        }
        return s.getValue();
    }

    /** A JSON pointer: a string, which may be empty (the whole object). */
    private String pointer(Map<String, Node> m, String key, Node owner) {
        Node n = m.get(key);
        if (n == null) throw fault(owner, "missing " + key);
        if (!(n instanceof ScalarNode s) || !Tag.STR.equals(s.getTag())) throw fault(n, key + " is a string (a JSON pointer)");
        return s.getValue();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object v) {
        return (Map<String, ?>) v;
    }

    /** The API's own refusal of a value (a pointer not starting with {@code /}, …) with the node's position. */
    private <T> T withPosition(Node node, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw fault(node, e.getMessage());
        }
    }

    private PatchFileException fault(Node node, String message) {
        return fault(node == null ? Optional.empty() : node.getStartMark(), message);
    }

    private PatchFileException fault(Optional<Mark> mark, String message) {
        return new PatchFileException(source, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                message);
    }

    /** JSON values of the nodes: maps with string keys, lists, strings, numbers, booleans, null. */
    private final class Values {
        private final StandardConstructor scalars;

        Values(LoadSettings settings) {
            this.scalars = new StandardConstructor(settings);
        }

        Object of(Node node) {
            if (node instanceof MappingNode map) {
                Map<String, Object> out = new LinkedHashMap<>();
                Set<String> seen = new HashSet<>();
                for (NodeTuple t : map.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k) || !Tag.STR.equals(k.getTag())) {
                        throw fault(t.getKeyNode(), "a key is a string: quote it");
                    }
                    if (!seen.add(k.getValue())) throw fault(k, "duplicate key \"" + k.getValue() + "\"");
                    out.put(k.getValue(), of(t.getValueNode()));
                }
                return out;
            }
            if (node instanceof SequenceNode seq) {
                List<Object> out = new ArrayList<>();
                seq.getValue().forEach(n -> out.add(of(n)));
                return out;
            }
            Object v = scalars.constructSingleDocument(Optional.of(node));
            if (v instanceof Double d && (d.isNaN() || d.isInfinite())) throw fault(node, "a number is finite, got " + d);
            return v;
        }
    }
}
