package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads the block YAML cluster specs are written in straight into the nodes snakeyaml-engine's
 * composer would make of it (same types, tags, values, styles and marks), several times cheaper than
 * its scanner, parser and composer. The subset: block mappings and sequences, single-line plain and
 * quoted scalars, single-line flow collections of those, comments, {@code ---} and {@code ...}.
 * Anything else (anchors, aliases, tags, block or multi-line scalars, tabs, CR, characters outside
 * the plain printable set, complex keys, every malformed input) makes it step aside ({@link #read}
 * returns null) so that {@link YamlLoader} reads the text with snakeyaml-engine, which keeps the
 * behaviour and the messages of exotic or broken input. BlockYamlReaderDifferentialTest holds the two
 * readers to the same trees.
 */
final class BlockYamlReader {
    /** The label snakeyaml-engine puts into its marks ({@code LoadSettings.setLabel} in {@link YamlLoader}). */
    static final String LABEL = "kops document";

    private final String text;
    private final int n;
    private final int maxDepth;
    /** What a scalar means: go-yaml's meanings for specs, YAML 1.2's JSON schema for fact resources. */
    private final ScalarResolver resolver;
    /** Whether a flow collection may go on over lines (fact resources), or must close on its line (specs). */
    private final boolean multiLineFlow;
    private final String label;
    /** The anchored nodes of the document being read, by name. */
    private final java.util.Map<String, Node> anchors = new java.util.HashMap<>();
    private int aliases;
    /** Fewer than snakeyaml-engine's default limit of aliases to collections (50). */
    private static final int MAX_ALIASES = 10;
    /**
     * The text as code points, as snakeyaml-engine's marks hold it (one per char: no surrogates here); null when
     * the caller reads no marks (fact tables), which then get none.
     */
    private final int[] buffer;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;

    private BlockYamlReader(String text, int maxDepth, int[] buffer, ScalarResolver resolver, boolean multiLineFlow,
            String label) {
        this.text = text;
        this.n = text.length();
        this.maxDepth = maxDepth;
        this.buffer = buffer;
        this.resolver = resolver;
        this.multiLineFlow = multiLineFlow;
        this.label = label;
    }

    /** Outside the subset: the caller reads the text with snakeyaml-engine. No stack trace: it is control flow. */
    static final class StepAside extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepAside() {
            super(null, null, false, false);
        }
    }

    /**
     * The documents of {@code text} as snakeyaml-engine composes them, or null when the text is
     * outside the subset or nests deeper than {@code maxDepth} (whose refusal snakeyaml's path words).
     */
    static List<Node> read(String text, int maxDepth) {
        return read(text, maxDepth, GoYamlSchema.INSTANCE.getScalarResolver(), false, LABEL);
    }

    /**
     * As {@link #read(String, int)}, with scalars resolved by {@code resolver}, marks labelled
     * {@code label}, and, where {@code multiLineFlow}, flow collections that go on over lines (line
     * breaks and comment lines between their items, each line going on at a column above 0).
     */
    static List<Node> read(String text, int maxDepth, ScalarResolver resolver, boolean multiLineFlow, String label) {
        int[] buffer = InlineScalars.plainChars(text);
        if (buffer == null) return null;
        return read(text, maxDepth, buffer, resolver, multiLineFlow, label);
    }

    /**
     * As {@link #read(String, int, ScalarResolver, boolean, String)}, the nodes without marks: for a caller that
     * reads only their values (fact tables), which spares a cold process a code point per char and two marks per
     * node (networking-benchmarks README, eighteenth round).
     */
    static List<Node> readUnmarked(String text, int maxDepth, ScalarResolver resolver, boolean multiLineFlow) {
        if (!InlineScalars.isPlainText(text)) return null;
        return read(text, maxDepth, null, resolver, multiLineFlow, null);
    }

    private static List<Node> read(String text, int maxDepth, int[] buffer, ScalarResolver resolver,
            boolean multiLineFlow, String label) {
        try {
            return new BlockYamlReader(text, maxDepth, buffer, resolver, multiLineFlow, label).documents();
        } catch (StepAside e) {
            return null;
        }
    }

    private List<Node> documents() {
        List<Node> docs = new ArrayList<>();
        skipToContent();
        if (pos < n && marker("...")) throw new StepAside();
        while (pos < n) {
            anchors.clear();
            if (marker("---")) {
                pos += 3;
                endOfLine();
                if (pos >= n || marker("---") || marker("...")) {
                    Optional<Mark> at = mark();
                    docs.add(empty(at));
                } else {
                    docs.add(root());
                }
            } else if (docs.isEmpty()) {
                docs.add(root());
            } else {
                throw new StepAside();
            }
            if (pos < n && marker("...")) {
                pos += 3;
                endOfLine();
                if (pos < n && !marker("---")) throw new StepAside();
            }
        }
        return docs;
    }

    /** The node of a document: a block mapping or sequence, after which only a marker or the end may come. */
    private Node root() {
        int col = pos - lineStart;
        Node node = block(col);
        if (pos < n && !(marker("---") || marker("..."))) throw new StepAside();
        return node;
    }

    /** A block collection starting at the current position, column {@code col}. */
    private Node block(int col) {
        if (entry()) return sequence(col, false);
        return mapping(col);
    }

    private MappingNode mapping(int col) {
        enter();
        Optional<Mark> start = mark();
        List<NodeTuple> tuples = new ArrayList<>();
        while (true) {
            Node key = key();
            Optional<Mark> afterColon = mark();
            tuples.add(new NodeTuple(key, mappingValue(col, afterColon)));
            if (pos >= n) break;
            int c = pos - lineStart;
            if (c < col || c == 0 && (marker("---") || marker("..."))) break;
            if (c > col || entry()) throw new StepAside();
        }
        depth--;
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, start, mark());
    }

    /** The value after {@code key:}; leaves the position at the next content line. */
    private Node mappingValue(int col, Optional<Mark> afterColon) {
        skipSpaces();
        if (pos < n && text.charAt(pos) != '#' && text.charAt(pos) != '\n') {
            Node v = inline(false);
            endOfLine();
            return v;
        }
        endOfLine();
        if (pos < n) {
            int c = pos - lineStart;
            if (c > col) return block(c);
            if (c == col && entry()) return sequence(col, true);
        }
        return empty(afterColon);
    }

    /**
     * A block sequence whose dashes stand at column {@code col}; {@code indentless} when it is the
     * value of a mapping key at the same column, which ends at the next key.
     */
    private SequenceNode sequence(int col, boolean indentless) {
        enter();
        Optional<Mark> start = mark();
        List<Node> items = new ArrayList<>();
        while (true) {
            pos++;
            Optional<Mark> afterDash = mark();
            items.add(sequenceItem(col, afterDash));
            if (pos >= n) break;
            int c = pos - lineStart;
            if (c < col || c == 0 && (marker("---") || marker("..."))) break;
            if (c > col) throw new StepAside();
            if (!entry()) {
                if (indentless) break;
                throw new StepAside();
            }
        }
        depth--;
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, start, mark());
    }

    private Node sequenceItem(int col, Optional<Mark> afterDash) {
        skipSpaces();
        if (pos < n && text.charAt(pos) != '#' && text.charAt(pos) != '\n') {
            if (entry()) throw new StepAside();
            int save = pos;
            if (isKey()) {
                pos = save;
                return mapping(pos - lineStart);
            }
            pos = save;
            Node v = inline(false);
            endOfLine();
            return v;
        }
        endOfLine();
        if (pos < n && pos - lineStart > col) return block(pos - lineStart);
        return empty(afterDash);
    }

    /** Whether a key ({@code scalar:} followed by a blank) starts here; moves the position. */
    private boolean isKey() {
        char c = text.charAt(pos);
        if (c == '[' || c == '{') return false;
        scalar(false);
        skipSpaces();
        return colonOfKey();
    }

    /** A mapping key and its colon; the position ends after the colon. */
    private Node key() {
        char c = text.charAt(pos);
        if (c == '[' || c == '{') throw new StepAside();
        int from = pos;
        Node k = scalar(false);
        skipSpaces();
        // snakeyaml-engine keeps a simple key possible for 1024 characters on one line
        if (!colonOfKey() || pos - from > 1000) throw new StepAside();
        pos++;
        return k;
    }

    private boolean colonOfKey() {
        return pos < n && text.charAt(pos) == ':' && (pos + 1 >= n || text.charAt(pos + 1) == ' '
                || text.charAt(pos + 1) == '\n');
    }

    /** A value on the rest of the line: a scalar or a flow collection (in fact resources, anchored or an alias). */
    private Node inline(boolean flow) {
        char c = text.charAt(pos);
        if (multiLineFlow && (c == '&' || c == '*')) return anchored(flow);
        if (c == '[' || c == '{') return flowCollection();
        return scalar(flow);
    }

    /**
     * {@code &name value} or {@code *name}: the composer gives an alias the very node its anchor
     * names, so the constructor makes one value of both. Only inline values (fact resources).
     */
    private Node anchored(boolean flow) {
        boolean alias = text.charAt(pos) == '*';
        int from = ++pos;
        while (pos < n && " \n,[]{}".indexOf(text.charAt(pos)) < 0) pos++;
        if (pos == from) throw new StepAside();
        String name = text.substring(from, pos);
        if (alias) {
            Node target = anchors.get(name);
            if (target == null || ++aliases > MAX_ALIASES) throw new StepAside();
            return target;
        }
        skipSpaces();
        if (pos >= n || "\n#&*".indexOf(text.charAt(pos)) >= 0) throw new StepAside();
        Node node = inline(flow);
        anchors.put(name, node);
        return node;
    }

    private Node flowCollection() {
        enter();
        boolean map = text.charAt(pos) == '{';
        char close = map ? '}' : ']';
        Optional<Mark> start = mark();
        pos++;
        List<NodeTuple> tuples = map ? new ArrayList<>() : null;
        List<Node> items = map ? null : new ArrayList<>();
        flowSpaces();
        if (text.charAt(pos) != close) {
            while (true) {
                if (map) {
                    Node k = scalar(true);
                    flowSpaces();
                    if (!colonOfKey()) throw new StepAside();
                    pos++;
                    flowSpaces();
                    char v = text.charAt(pos);
                    if (v == ',' || v == '}') throw new StepAside();
                    tuples.add(new NodeTuple(k, inline(true)));
                } else {
                    items.add(inline(true));
                }
                flowSpaces();
                char after = text.charAt(pos);
                if (after == close) break;
                if (after != ',') throw new StepAside();
                pos++;
                flowSpaces();
                if (text.charAt(pos) == close) throw new StepAside();
            }
        }
        pos++;
        depth--;
        Optional<Mark> end = mark();
        return noComments(map ? new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, start, end)
                : new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, start, end));
    }

    /** Spaces inside a flow collection, which must close on its line unless {@link #multiLineFlow}. */
    private void flowSpaces() {
        skipSpaces();
        while (multiLineFlow && pos < n && (text.charAt(pos) == '\n' || text.charAt(pos) == '#')) {
            if (text.charAt(pos) == '#') {
                if (pos > lineStart && text.charAt(pos - 1) != ' ') throw new StepAside();
                while (pos < n && text.charAt(pos) != '\n') pos++;
                continue;
            }
            pos++;
            line++;
            lineStart = pos;
            skipSpaces();
            // a line at column 0 (where a document marker would be) is left to snakeyaml-engine
            if (pos == lineStart && pos < n && text.charAt(pos) != '\n') throw new StepAside();
        }
        if (pos >= n || text.charAt(pos) == '\n' || text.charAt(pos) == '#') throw new StepAside();
    }

    private ScalarNode scalar(boolean flow) {
        int from = pos;
        Optional<Mark> start = mark();
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            int end = InlineScalars.quotedEnd(text, from);
            if (end < 0) throw new StepAside();
            String value = InlineScalars.quotedValue(text, from, end);
            pos = end;
            return noComments(new ScalarNode(resolve(value, false), true, value,
                    c == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED, start, mark()));
        }
        int end = InlineScalars.plainEnd(text, from, flow, multiLineFlow);
        if (end < 0) throw new StepAside();
        String value = text.substring(from, end);
        pos = end;
        return noComments(new ScalarNode(resolve(value, true), true, value, ScalarStyle.PLAIN, start, mark()));
    }

    /** After a value or marker: spaces, an optional comment, then the line break; moves to the next content line. */
    private void endOfLine() {
        skipSpaces();
        if (pos < n && text.charAt(pos) == '#') {
            // a comment follows a blank; "a"#b is no comment to YAML
            if (text.charAt(pos - 1) != ' ') throw new StepAside();
            while (pos < n && text.charAt(pos) != '\n') pos++;
        }
        if (pos < n && text.charAt(pos) != '\n') throw new StepAside();
        skipToContent();
    }

    /** Skips blank and comment lines from a line break or line start to the first character of the next content. */
    private void skipToContent() {
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ') {
                pos++;
            } else if (c == '#' && (pos == lineStart || text.charAt(pos - 1) == ' ')) {
                while (pos < n && text.charAt(pos) != '\n') pos++;
            } else {
                return;
            }
        }
    }

    private void skipSpaces() {
        while (pos < n && text.charAt(pos) == ' ') pos++;
    }

    /** A block sequence entry: a dash followed by a blank. */
    private boolean entry() {
        return text.charAt(pos) == '-' && (pos + 1 >= n || text.charAt(pos + 1) == ' ' || text.charAt(pos + 1) == '\n');
    }

    /** A document marker at the start of the line. */
    private boolean marker(String m) {
        return pos == lineStart && text.startsWith(m, pos)
                && (pos + 3 >= n || text.charAt(pos + 3) == ' ' || text.charAt(pos + 3) == '\n');
    }

    private void enter() {
        if (++depth > maxDepth) throw new StepAside();
    }

    private Optional<Mark> mark() {
        if (buffer == null) return Optional.empty();
        return Optional.of(new Mark(label, pos, line, pos - lineStart, buffer, pos));
    }

    /** The null scalar of a missing value, at {@code at}. */
    private ScalarNode empty(Optional<Mark> at) {
        return noComments(new ScalarNode(resolve("", true), true, "", ScalarStyle.PLAIN, at, at));
    }

    /**
     * snakeyaml-engine's composer gives scalars and flow collections (not block collections) empty,
     * mutable lists of block and inline comments.
     */
    private static <T extends Node> T noComments(T node) {
        node.setBlockComments(new ArrayList<>());
        node.setInLineComments(new ArrayList<>());
        return node;
    }

    private Tag resolve(String value, boolean plain) {
        return resolver.resolve(value, plain);
    }
}
