package dev.podnet.manifests.yaml.internal;

import dev.podnet.api.internal.GoScalars;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a multi-document YAML stream into frozen trees, giving scalars the meaning go-yaml v2
 * gives them (kops reads its templates with go-yaml v2, so {@code on} is a boolean and
 * {@code 0x1F} an integer, as they were for kops).
 *
 * <p>snakeyaml-engine does the syntax (its low-level event parser, so that the meaning of
 * scalars and the handling of anchors stay here); this class builds the tree from the events.
 * Input is bounded: the code-point limit of {@link LoadSettings}, a nesting depth, a number of
 * aliases per document, and an expanded size per document, so that an alias bomb fails early
 * with a clear message instead of exhausting memory when written out. Aliases share the frozen
 * subtree they point at, so a legitimate alias costs no copy.
 */
public final class ManifestParser {

    /** Largest input, in code points. */
    public static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    /** Most aliases in one document. */
    public static final int MAX_ALIASES = 100;
    /** Most nodes one document may expand to, counting each use of an alias in full. */
    public static final long MAX_EXPANDED_NODES = 2_000_000L;

    private static final String TAG_PREFIX = "tag:yaml.org,2002:";

    /** One parsed document: its root (a frozen value, never null) and the line it starts on (1-based). */
    public record Document(Object root, int line) { }

    private ManifestParser() {
    }

    /**
     * Parses every non-empty document of {@code text}. A document that holds only comments or
     * an explicit null is skipped, as kubectl does.
     *
     * @throws IllegalArgumentException for malformed YAML (with line and column) or input
     *     beyond the limits above
     */
    public static List<Document> parse(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel("manifest")
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setParseComments(false)
                .setUseMarks(true)
                .build();
        List<Document> documents = new ArrayList<>();
        try {
            Builder builder = null;
            // the parser of api.lowlevel.Parse, built directly: snakeyaml-engine's module does not export api.lowlevel
            Iterable<Event> events = () -> new ParserImpl(settings, new StreamReader(settings, text));
            for (Event event : events) {
                switch (event.getEventId()) {
                    case DocumentStart -> builder = new Builder();
                    case DocumentEnd -> {
                        if (builder != null && builder.root != null) {
                            documents.add(new Document(builder.root, builder.rootLine));
                        }
                        builder = null;
                    }
                    case StreamStart, StreamEnd, Comment -> { }
                    default -> builder.accept(event);
                }
            }
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("malformed YAML: " + e.getMessage().strip(), e);
        }
        return documents;
    }

    /** Builds one document from its node events with an explicit stack (no recursion). */
    private static final class Builder {
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Anchored> anchors = new HashMap<>();
        private Object root;
        private int rootLine = 1;
        private int aliases;
        private long expanded;

        void accept(Event event) {
            switch (event.getEventId()) {
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) event;
                    Object value = scalarValue(s);
                    add(value, 1, s, value == MERGE);
                }
                case Alias -> {
                    AliasEvent a = (AliasEvent) event;
                    if (++aliases > MAX_ALIASES) {
                        throw error(event, "more than " + MAX_ALIASES + " aliases in one document");
                    }
                    Anchored target = anchors.get(a.getAlias().getValue());
                    if (target == null) {
                        throw error(event, "alias *" + a.getAlias().getValue()
                                + " refers to no complete anchor (undefined or recursive)");
                    }
                    add(target.value, target.weight, event, false);
                }
                case SequenceStart, MappingStart -> {
                    if (stack.size() >= Frozen.MAX_DEPTH) {
                        throw error(event, "nesting deeper than " + Frozen.MAX_DEPTH + " levels");
                    }
                    checkCollectionTag(event);
                    Frame frame = new Frame(event, event.getEventId() == Event.ID.MappingStart);
                    if (stack.isEmpty()) {
                        rootLine = line(event);
                    }
                    stack.push(frame);
                }
                case SequenceEnd, MappingEnd -> {
                    Frame frame = stack.pop();
                    add(frame.build(), frame.weight + 1, frame.start, false);
                }
                default -> throw error(event, "unexpected YAML event " + event.getEventId());
            }
        }

        private void add(Object value, long weight, Event event, boolean mergeKey) {
            expanded += weight;
            if (expanded > MAX_EXPANDED_NODES) {
                throw error(event, "document expands to more than " + MAX_EXPANDED_NODES
                        + " nodes (an alias bomb?)");
            }
            if (event instanceof NodeEvent node && !(event instanceof AliasEvent)) {
                Optional<org.snakeyaml.engine.v2.common.Anchor> anchor = node.getAnchor();
                anchor.ifPresent(a -> anchors.put(a.getValue(), new Anchored(value, weight)));
            }
            Frame top = stack.peek();
            if (top == null) {
                if (root == null && value != null && value != MERGE) {
                    if (event instanceof ScalarEvent) {
                        rootLine = line(event);
                    }
                    root = value;
                }
                return;
            }
            top.add(value, weight, event, mergeKey);
        }
    }

    private record Anchored(Object value, long weight) { }

    /** A mapping or sequence under construction. */
    private static final class Frame {
        final Event start;
        final boolean mapping;
        final List<Object> items = new ArrayList<>();
        final LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        final Set<String> merged = new HashSet<>();
        long weight;
        boolean keyPending;
        String key;
        boolean keyIsMerge;
        Event keyEvent;

        Frame(Event start, boolean mapping) {
            this.start = start;
            this.mapping = mapping;
        }

        void add(Object value, long w, Event event, boolean mergeKey) {
            weight += w;
            if (value == MERGE && (!mapping || keyPending)) {
                value = "<<"; // "<<" is a merge key only in key position
            }
            if (!mapping) {
                items.add(value);
                return;
            }
            if (!keyPending) {
                if (!(event instanceof ScalarEvent) && !(event instanceof AliasEvent && isScalar(value))) {
                    throw error(event, "a mapping key must be a scalar");
                }
                key = keyString(value);
                keyIsMerge = mergeKey;
                keyEvent = event;
                keyPending = true;
                return;
            }
            keyPending = false;
            if (keyIsMerge) {
                merge(value, event);
                return;
            }
            if (map.containsKey(key) && !merged.remove(key)) {
                throw error(keyEvent, "duplicate key \"" + key + "\"");
            }
            map.put(key, value);
        }

        // YAML merge keys ("<<: *defaults"): keys already present win; earlier sources win.
        private void merge(Object value, Event event) {
            List<?> sources = value instanceof List<?> l ? l : List.of(value == null ? Map.of() : value);
            for (Object source : sources) {
                if (!(source instanceof Map<?, ?> m)) {
                    throw error(event, "a merge key (<<) needs a mapping or a sequence of mappings");
                }
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String k = (String) e.getKey();
                    if (!map.containsKey(k)) {
                        map.put(k, e.getValue());
                        merged.add(k);
                    }
                }
            }
        }

        Object build() {
            if (mapping) {
                return map.isEmpty() ? FrozenMap.EMPTY : new FrozenMap(map);
            }
            return items.isEmpty() ? FrozenList.EMPTY : new FrozenList(items.toArray());
        }
    }

    private static boolean isScalar(Object value) {
        return !(value instanceof Map) && !(value instanceof List);
    }

    /** Marks a plain {@code <<} key; never stored in a tree. */
    private static final Object MERGE = new Object();

    // A key becomes a string, as kops' YAML-to-JSON step makes it one.
    static String keyString(Object value) {
        if (value == MERGE) {
            return "<<";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return GoScalars.formatDouble(d);
        }
        return value.toString();
    }

    private static Object scalarValue(ScalarEvent s) {
        String text = s.getValue();
        Optional<String> tag = s.getTag();
        if (tag.isEmpty() || tag.get().equals("!")) {
            if (!s.isPlain() || tag.isPresent()) {
                return text;
            }
            // go-yaml v2 takes a plain "<<" as a merge key by its text (its resolver calls it a string).
            return text.equals("<<") ? MERGE : GoScalars.resolvePlain(text).value();
        }
        String t = tag.get();
        String shortTag = t.startsWith(TAG_PREFIX) ? t.substring(TAG_PREFIX.length()) : t;
        GoScalars.Resolved r = GoScalars.resolvePlain(text);
        switch (shortTag) {
            case "str":
                return text;
            case "null":
                if (r.kind() == GoScalars.Kind.NULL) {
                    return null;
                }
                break;
            case "bool":
                if (r.kind() == GoScalars.Kind.BOOL) {
                    return r.value();
                }
                break;
            case "int":
                if (r.kind() == GoScalars.Kind.INT) {
                    return r.value();
                }
                break;
            case "float":
                if (r.kind() == GoScalars.Kind.FLOAT) {
                    return r.value();
                }
                if (r.kind() == GoScalars.Kind.INT) {
                    return new java.math.BigDecimal(r.value() instanceof BigInteger b ? b
                            : BigInteger.valueOf(((Number) r.value()).longValue())).doubleValue();
                }
                break;
            case "timestamp":
                if (r.kind() == GoScalars.Kind.TIMESTAMP) {
                    return text;
                }
                break;
            default:
                throw error(s, "unsupported tag " + t);
        }
        throw error(s, "cannot read \"" + text + "\" as !!" + shortTag);
    }

    private static void checkCollectionTag(Event event) {
        Optional<String> tag = event instanceof MappingStartEvent m ? m.getTag() : ((SequenceStartEvent) event).getTag();
        if (tag.isEmpty() || tag.get().equals("!")) {
            return;
        }
        String expected = TAG_PREFIX + (event instanceof MappingStartEvent ? "map" : "seq");
        if (!tag.get().equals(expected)) {
            throw error(event, "unsupported tag " + tag.get());
        }
    }

    private static int line(Event event) {
        return event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static IllegalArgumentException error(Event event, String problem) {
        Optional<Mark> mark = event.getStartMark();
        String where = mark.map(m -> " (line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")")
                .orElse("");
        return new IllegalArgumentException(problem + where);
    }
}
