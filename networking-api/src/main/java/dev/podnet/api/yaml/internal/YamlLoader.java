package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes a YAML stream into nodes under {@link ReadLimits}, each mapping with the keys kops reads
 * (duplicate and merge keys resolved by {@link MappingFolder}); every failure becomes a {@link ReadFailure}.
 */
public final class YamlLoader {
    private YamlLoader() {
    }

    public static List<Node> compose(String text, ReadLimits limits) {
        return compose(text, limits, true);
    }

    /**
     * {@link #compose(String, ReadLimits)}, with {@code subsetReader} false always through
     * snakeyaml-engine (the differential test compares the two).
     */
    static List<Node> compose(String text, ReadLimits limits, boolean subsetReader) {
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            throw new ReadFailure(List.of(new ReadProblem("", 0, 0,
                    "document too large: more than " + limits.maxCodePoints() + " characters")));
        }
        rejectLongLines(text, limits.maxScalarLength());
        List<Node> plain = subsetReader ? BlockYamlReader.read(text, limits.maxDepth()) : null;
        if (plain != null) {
            // the same checks, in the same order, as the composed documents below get
            for (int i = 0; i < plain.size(); i++) {
                boolean folds = checkTree(plain.get(i), limits);
                if (i + 1 > limits.maxDocuments()) throw tooManyDocuments(limits);
                if (folds) plain.set(i, MappingFolder.fold(plain.get(i)));
            }
            return plain;
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(BlockYamlReader.LABEL)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(limits.maxCodePoints())
                .setUseMarks(true)
                .setSchema(GoYamlSchema.INSTANCE)
                // snakeyaml-engine 3.2's StreamReader copies its whole data window each time it
                // refills its buffer (1024 characters by default) while one token is being scanned,
                // so reading a scalar of n characters costs O(n * n / 1024): 15 s at 4 M characters.
                // The text is already in memory and bounded by maxCodePoints, so it is handed over as
                // one buffer, which makes reading linear (8 M characters in well under a second).
                .setBufferSize(text.length() + 1)
                .build();
        try {
            LimitingParser parser = new LimitingParser(new ParserImpl(settings, new StreamReader(settings, text)), limits);
            Composer composer = new Composer(settings, parser);
            List<Node> docs = new ArrayList<>();
            while (composer.hasNext()) {
                Node n = composer.next();
                boolean folds;
                if (parser.aliases == 0) {
                    // no alias so far: the document is a tree, which one walk checks
                    folds = checkTree(n, limits);
                } else {
                    folds = checkKeys(n);
                    checkExpansion(n, limits);
                }
                docs.add(folds ? MappingFolder.fold(n) : n);
                if (docs.size() > limits.maxDocuments()) throw tooManyDocuments(limits);
            }
            return docs;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            int line = m.map(x -> x.getLine() + 1).orElse(0);
            int col = m.map(x -> x.getColumn() + 1).orElse(0);
            String what = (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem();
            throw new ReadFailure(List.of(new ReadProblem("", line, col, "malformed YAML: " + what)));
        } catch (YamlEngineException e) {
            throw new ReadFailure(List.of(new ReadProblem("", 0, 0, "malformed YAML: " + e.getMessage())));
        }
    }

    /**
     * Refuses a backslash-u or backslash-U escape of a UTF-16 surrogate (U+D800-U+DFFF) in the double-quoted scalar
     * whose opening quote {@code start} marks. kops' YAML reader (go-yaml) refuses such an escape, a surrogate pair too
     * ("found invalid Unicode character escape code": kops-oracle 1.19 and 1.36, a pair and a lone one), where
     * snakeyaml-engine joins the pair into one character. The mark's buffer holds the text as code points.
     */
    private static void rejectSurrogateEscape(Optional<Mark> start) {
        if (start.isEmpty()) return;
        int[] buf = start.get().getBuffer();
        int i = start.get().getPointer() + 1;
        while (i < buf.length && buf[i] != '"') {
            if (buf[i] != '\\' || i + 1 >= buf.length) {
                i++;
                continue;
            }
            int kind = buf[i + 1];
            int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            int value = 0;
            int k = 0;
            while (k < digits && i + 2 + k < buf.length && hex(buf[i + 2 + k]) >= 0) {
                value = value * 16 + hex(buf[i + 2 + k]);
                k++;
            }
            if (digits > 0 && k == digits && value >= 0xD800 && value <= 0xDFFF) {
                String escape = new String(buf, i, 2 + digits);
                throw problem(start, "malformed YAML: found invalid Unicode character escape code " + escape
                        + " (a UTF-16 surrogate, which kops' YAML reader refuses, alone or in a pair: write the character"
                        + " itself, or \\U and its 8 hex digits)");
            }
            i += 2 + k;
        }
    }

    /** An ASCII hex digit's value, or -1 (go-yaml reads no other digits in an escape). */
    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static ReadFailure tooManyDocuments(ReadLimits limits) {
        return new ReadFailure(List.of(new ReadProblem("", 0, 0, "too many documents: more than " + limits.maxDocuments())));
    }

    private static final java.util.regex.Pattern CANONICAL_INT = java.util.regex.Pattern.compile("0|-?[1-9][0-9]{0,17}");

    /**
     * A key podnet keeps as its text and kops (which converts YAML to JSON, keys to strings) reads
     * as the same text: a string, or a plain integer or boolean in canonical form. A collection,
     * null, float or non-canonical number as a key would be changed silently.
     */
    private static boolean keptKey(Node k) {
        if (!(k instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s)) return false;
        // What YAML 1.1 (kops' go-yaml) would make of it, not only this reader's schema.
        org.snakeyaml.engine.v2.nodes.Tag tag = MappingFolder.keyTag(s);
        if (org.snakeyaml.engine.v2.nodes.Tag.STR.equals(tag)) return true;
        if (org.snakeyaml.engine.v2.nodes.Tag.INT.equals(tag)) return CANONICAL_INT.matcher(s.getValue()).matches();
        if (org.snakeyaml.engine.v2.nodes.Tag.BOOL.equals(tag)) return s.getValue().equals("true") || s.getValue().equals("false");
        return false;
    }

    /** Stops at the event the longest scalar allowed is refused before the YAML reader scans it: a
     * single-line scalar of millions of characters is the costly case for snakeyaml-engine 3.2 (see
     * the buffer size above), and nothing in a kops document needs such a line. Scalars spread over
     * many lines are bounded by {@link ReadLimits#maxScalarLength()} as the reader produces them.
     */
    private static void rejectLongLines(String text, int max) {
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && !isBreak(text.charAt(end))) end++;
            if (end - start > max && text.codePointCount(start, end) > max) {
                throw problem("line longer than " + max + " characters (the longest scalar allowed)",
                        line, max + 1);
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') end++;
            start = end + 1;
            line++;
        }
    }

    private static boolean isBreak(char c) {
        // YAML 1.2 (and snakeyaml-engine's marks) break lines at CR and LF only.
        return c == '\n' || c == '\r';
    }

    private static ReadFailure problem(String message, int line, int column) {
        return new ReadFailure(List.of(new ReadProblem("", line, column, message)));
    }

    /**
     * {@link #checkKeys} and {@link #checkExpansion} of a document without aliases, in one
     * walk: every node is reached once, so nothing needs remembering by identity; the nesting depth
     * is the parser's, which {@link LimitingParser} has bounded already, and the expanded size is the
     * sum over the nodes, checked once the keys are (the order of the two checks above). Duplicate and
     * merge keys are kops' to resolve: {@link MappingFolder} does, after these checks, when this
     * returns true (a mapping holds one), so that other documents pay no second walk.
     */
    private static boolean checkTree(Node root, ReadLimits limits) {
        long size = 0;
        boolean folds = false;
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            size++;
            if (n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) {
                size += s.getValue().length();
            } else if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
                List<org.snakeyaml.engine.v2.nodes.NodeTuple> tuples = m.getValue();
                java.util.Set<String> keys = new java.util.HashSet<>(tuples.size() * 2);
                for (org.snakeyaml.engine.v2.nodes.NodeTuple t : tuples) {
                    Node k = t.getKeyNode();
                    folds |= checkKey(k, keys);
                    size += 1 + ((org.snakeyaml.engine.v2.nodes.ScalarNode) k).getValue().length();
                    todo.push(t.getValueNode());
                }
            } else if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sq) {
                for (Node item : sq.getValue()) todo.push(item);
            }
        }
        if (size > limits.maxExpandedSize()) {
            throw problem(root, "document expands to more than " + limits.maxExpandedSize()
                    + " characters once its aliases are expanded (alias bomb?)");
        }
        return folds;
    }

    /**
     * Refuses a key podnet would not read back as written; true for a merge key ({@code <<}) or one
     * already in {@code keys}, which {@link MappingFolder} resolves.
     */
    private static boolean checkKey(Node k, java.util.Set<String> keys) {
        if (MappingFolder.isMerge(k)) return true;
        if (!keptKey(k)) {
            throw problem(k, "the key " + (k instanceof org.snakeyaml.engine.v2.nodes.ScalarNode sk
                    ? "\"" + sk.getValue() + "\"" : "(a " + (k instanceof org.snakeyaml.engine.v2.nodes.MappingNode
                    ? "mapping" : "list") + ")") + " is not a string and would not be read back as written:"
                    + " quote it");
        }
        return !keys.add(((org.snakeyaml.engine.v2.nodes.ScalarNode) k).getValue());
    }

    /** {@link #checkKey} over a document whose aliases make it a graph: each node once; true if a mapping folds. */
    private static boolean checkKeys(Node root) {
        boolean folds = false;
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (org.snakeyaml.engine.v2.nodes.NodeTuple t : m.getValue()) {
                    folds |= checkKey(t.getKeyNode(), keys);
                    todo.push(t.getValueNode());
                }
            } else if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sq) {
                for (Node item : sq.getValue()) todo.push(item);
            }
        }
        return folds;
    }

    /**
     * Refuses a document whose aliases refer to themselves (a cycle, which would make every later
     * walk of the tree recurse forever), nest deeper than allowed once expanded, or expand to more
     * than {@link ReadLimits#maxExpandedSize()} characters. Scalar aliases count as much as
     * collection aliases: snakeyaml-engine 3.2 only counts aliases to collections
     * ({@code maxAliasesForCollections}), so a 1 MB scalar aliased 4,000 times passed its check.
     * Each distinct node is measured once (memoised), so this is linear in the composed graph.
     */
    private static void checkExpansion(Node root, ReadLimits limits) {
        java.util.Map<Node, long[]> measured = new java.util.IdentityHashMap<>();
        java.util.Set<Node> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.peek();
            if (measured.containsKey(n)) {
                stack.pop();
                continue;
            }
            List<Node> children = children(n);
            if (open.add(n)) {
                for (Node c : children) {
                    if (open.contains(c)) {
                        String anchor = c.getAnchor().map(a -> "&" + a.getValue() + " ").orElse("");
                        throw problem(c, "recursive alias: the node " + anchor + "contains an alias to itself");
                    }
                    if (!measured.containsKey(c)) stack.push(c);
                }
                continue;
            }
            stack.pop();
            open.remove(n);
            long size = 1;
            long depth = 0;
            if (n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) size += s.getValue().length();
            for (Node c : children) {
                long[] m = measured.get(c);
                size += m[0];
                depth = Math.max(depth, m[1]);
            }
            if (!children.isEmpty() || !(n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode)) depth++;
            if (size > limits.maxExpandedSize()) {
                throw problem(root, "document expands to more than " + limits.maxExpandedSize()
                        + " characters once its aliases are expanded (alias bomb?)");
            }
            if (depth > limits.maxDepth()) {
                throw problem(n, "nesting deeper than " + limits.maxDepth() + " levels once aliases are expanded");
            }
            measured.put(n, new long[] {size, depth});
        }
    }

    private static List<Node> children(Node n) {
        if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s) return s.getValue();
        if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
            List<Node> out = new ArrayList<>(m.getValue().size() * 2);
            for (org.snakeyaml.engine.v2.nodes.NodeTuple t : m.getValue()) {
                out.add(t.getKeyNode());
                out.add(t.getValueNode());
            }
            return out;
        }
        return List.of();
    }

    private static ReadFailure problem(Node at, String message) {
        Optional<Mark> m = at.getStartMark();
        return problem(m, message);
    }

    private static ReadFailure problem(Optional<Mark> m, String message) {
        return new ReadFailure(List.of(new ReadProblem("", m.map(x -> x.getLine() + 1).orElse(0),
                m.map(x -> x.getColumn() + 1).orElse(0), message)));
    }

    /** Tags podnet reads exactly: the standard ones for strings and collections, and the non-specific {@code !}. */
    private static final java.util.Set<String> KEPT_TAGS = java.util.Set.of("!", "tag:yaml.org,2002:str",
            "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    /**
     * An explicit tag other than {@code !!str}, {@code !!map} or {@code !!seq} would be lost or
     * change the value ({@code !!binary}, {@code !custom 5}, {@code !!bool "yes"}); kops reads YAML
     * through JSON, which has no tags. Refused, never dropped.
     */
    private static void rejectTag(Event e) {
        Optional<String> tag = Optional.empty();
        if (e instanceof org.snakeyaml.engine.v2.events.ScalarEvent s) tag = s.getTag();
        else if (e instanceof org.snakeyaml.engine.v2.events.CollectionStartEvent c) tag = c.getTag();
        if (tag.isPresent() && !KEPT_TAGS.contains(tag.get()) && !mergeSign(e, tag.get())) {
            String shown = tag.get().startsWith("tag:yaml.org,2002:") ? "!!" + tag.get().substring(18) : tag.get();
            throw problem(e.getStartMark(), "the tag " + shown + " is not supported (kops reads YAML as JSON, which has"
                    + " no tags): remove it");
        }
    }

    /**
     * {@code !!merge <<}: a merge key wherever it is a key, quoted or not, and the string {@code <<}
     * as a value (kops-oracle, v1.19.0 to v1.36.0); on anything else the tag stays refused.
     */
    private static boolean mergeSign(Event e, String tag) {
        return tag.equals(org.snakeyaml.engine.v2.nodes.Tag.MERGE.getValue())
                && e instanceof org.snakeyaml.engine.v2.events.ScalarEvent s && s.getValue().equals("<<");
    }

    /**
     * {@code ! "<<"}: go-yaml v2 (libyaml's parser) marks a scalar with the non-specific tag {@code !} as plain
     * implicit whatever its quotes, so it is a merge key as a key, and a string as a value: the meaning of
     * {@code !!merge <<} (kops-oracle v1.19.0 and v1.36.0 merge {@code kubelet: {! "<<": {maxPods: 7}}}).
     */
    private static Event nonSpecificMergeSign(Event e) {
        if (e instanceof org.snakeyaml.engine.v2.events.ScalarEvent s && s.getValue().equals("<<")
                && "!".equals(s.getTag().orElse(null))) {
            return new org.snakeyaml.engine.v2.events.ScalarEvent(s.getAnchor(),
                    Optional.of(org.snakeyaml.engine.v2.nodes.Tag.MERGE.getValue()), s.getImplicit(), s.getValue(),
                    s.getScalarStyle(), s.getStartMark(), s.getEndMark());
        }
        return e;
    }

    /**
     * Enforces the event-level limits before the composer sees an event: depth (before the composer
     * recurses into a collection), aliases of every kind, scalar length, surrogate escapes.
     */
    private static final class LimitingParser implements Parser {
        private final Parser delegate;
        private final ReadLimits limits;
        private final int maxDepth;
        private int depth;
        /** The aliases of the stream so far. */
        private int aliases;

        LimitingParser(Parser delegate, ReadLimits limits) {
            this.delegate = delegate;
            this.limits = limits;
            this.maxDepth = limits.maxDepth();
        }

        @Override
        public boolean checkEvent(Event.ID id) { return delegate.checkEvent(id); }

        @Override
        public Event peekEvent() { return delegate.peekEvent(); }

        @Override
        public boolean hasNext() { return delegate.hasNext(); }

        @Override
        public Event next() {
            Event e = delegate.next();
            Event.ID id = e.getEventId();
            rejectTag(e);
            e = nonSpecificMergeSign(e);
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                if (++depth > maxDepth) {
                    int line = e.getStartMark().map(x -> x.getLine() + 1).orElse(0);
                    int col = e.getStartMark().map(x -> x.getColumn() + 1).orElse(0);
                    throw new ReadFailure(List.of(new ReadProblem("", line, col,
                            "nesting deeper than " + maxDepth + " levels")));
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            } else if (id == Event.ID.Alias) {
                if (++aliases > limits.maxAliases()) {
                    throw problem(e.getStartMark(), "too many aliases: more than " + limits.maxAliases()
                            + " in the stream (kops documents use none)");
                }
            } else if (id == Event.ID.Scalar) {
                org.snakeyaml.engine.v2.events.ScalarEvent se = (org.snakeyaml.engine.v2.events.ScalarEvent) e;
                String v = se.getValue();
                if (v.length() > limits.maxScalarLength()
                        && v.codePointCount(0, v.length()) > limits.maxScalarLength()) {
                    throw problem(e.getStartMark(), "scalar too long: more than " + limits.maxScalarLength()
                            + " characters");
                }
                if (se.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED) {
                    rejectSurrogateEscape(se.getStartMark());
                }
            }
            return e;
        }
    }
}
