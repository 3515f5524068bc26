package dev.podnet.manifests.yaml.internal;

import dev.podnet.api.internal.GoScalars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads one document of podnet's stored objects ({@code objects.yaml}: written by
 * {@code src/build/derive_manifests.py} with PyYAML's block style, then each object as go-yaml writes it by
 * {@code StoredPoolForm}, the derive script's form kept where that text would not be ASCII) straight into
 * the frozen tree {@link ManifestParser} makes of it, several times cheaper than snakeyaml-engine's
 * scanner and parser: a cold render parses the objects a release's template lists that its edits change.
 *
 * <p>The subset: block mappings and sequences (sequences indented or not under their key), plain,
 * single- and double-quoted scalars, on their line or folded over the next lines as go-yaml and PyYAML fold them,
 * literal block scalars ({@code |}, {@code |-}, {@code |2-}) as go-yaml writes them, the empty flow collections
 * {@code []} and {@code {}}, a leading {@code ---} line. Anything else (comments, blank lines between nodes,
 * anchors, aliases, tags, folded block scalars, kept final line breaks, flow collections with items, merge
 * keys, duplicate keys, control characters, deep nesting) makes it step aside ({@link #read} returns
 * null) and the caller reads the text with {@link ManifestParser}, which keeps the behaviour and the
 * messages of anything unusual. StoredYamlReaderTest holds the two readers to the same trees on
 * every stored document.
 */
public final class StoredYamlReader {
    /** Longest document read here; a longer one goes to {@link ManifestParser} and its limits. */
    private static final int MAX_LENGTH = 1 << 20;

    private final String s;
    private final int n;
    /** Start of the first line not read yet. */
    private int line;

    private StoredYamlReader(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** Outside the subset: control flow, so no stack trace. */
    static final class StepAside extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepAside() {
            super(null, null, false, false);
        }
    }

    /**
     * The root mapping of the one document in {@code text} as {@link ManifestParser} reads it, or
     * null when the text is outside the subset (the caller then parses it with {@link ManifestParser}).
     */
    public static FrozenMap read(String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return new StoredYamlReader(text).document();
        } catch (StepAside e) {
            return null;
        }
    }

    private FrozenMap document() {
        if (s.startsWith("---")) {
            int end = eol(0);
            if (end > 3 && !s.startsWith(" #", 3)) {
                throw new StepAside();
            }
            line = next(end);
        }
        if (line >= n || indent(line) != 0) {
            throw new StepAside();
        }
        FrozenMap root = mapping(line, 0, 1);
        if (line < n) {
            throw new StepAside();
        }
        return root;
    }

    /** A block mapping whose first key starts at {@code at}, column {@code col}; leaves {@link #line} after it. */
    private FrozenMap mapping(int at, int col, int depth) {
        checkDepth(depth);
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        int p = at;
        while (true) {
            int end = eol(p);
            int colon = keyEnd(p, end);
            String key = key(p, colon);
            Object value;
            if (colon + 1 == end) {
                line = next(end);
                value = child(col, depth);
            } else {
                if (s.charAt(colon + 1) != ' ') {
                    throw new StepAside();
                }
                value = inlineValue(colon + 2, end, col, true);
            }
            if (map.containsKey(key)) {
                throw new StepAside();
            }
            map.put(key, value);
            if (line >= n) {
                break;
            }
            int i = indent(line);
            if (i < col) {
                break;
            }
            if (i > col || s.startsWith("- ", line + i) || s.charAt(line + i) == '-' && line + i + 1 == eol(line)) {
                throw new StepAside();
            }
            p = line + i;
        }
        return map.isEmpty() ? FrozenMap.EMPTY : new FrozenMap(map);
    }

    /** The block node under a key that ends its line at column {@code col}: indented, or a sequence at {@code col}. */
    private Object child(int col, int depth) {
        if (line >= n) {
            throw new StepAside();
        }
        int i = indent(line);
        boolean dash = s.startsWith("- ", line + i);
        if (i > col) {
            return dash ? sequence(i, depth + 1) : mapping(line + i, i, depth + 1);
        }
        if (i == col && dash) {
            return sequence(i, depth + 1);
        }
        throw new StepAside(); // an empty value (null): PyYAML writes null
    }

    /** A block sequence whose dashes are at column {@code col}, starting at {@link #line}. */
    private FrozenList sequence(int col, int depth) {
        checkDepth(depth);
        List<Object> items = new ArrayList<>();
        while (true) {
            int p = line + col + 2;
            int end = eol(line);
            if (p >= end || s.charAt(p) == ' ' || s.startsWith("- ", p) || s.charAt(p) == '-' && p + 1 == end) {
                throw new StepAside();
            }
            if (isKeyLine(p, end)) {
                items.add(mapping(p, col + 2, depth + 1));
            } else {
                items.add(inlineValue(p, end, col, false));
            }
            if (line >= n) {
                break;
            }
            int i = indent(line);
            if (i < col || i == col && !s.startsWith("- ", line + i)) {
                break;
            }
            if (i > col) {
                throw new StepAside();
            }
        }
        return items.isEmpty() ? FrozenList.EMPTY : new FrozenList(items.toArray());
    }

    /** Whether the content at {@code p} is a mapping entry ({@code key: ...}) rather than a scalar. */
    private boolean isKeyLine(int p, int end) {
        char c = s.charAt(p);
        if (c == '\'' && !closesOn(p, end)) {
            return false;
        }
        if (c == '\'' || c == '"') {
            int close = c == '\'' ? StoredScalars.singleQuotedEnd(s, p, end) : StoredScalars.doubleQuotedEnd(s, p, end);
            return close + 1 < end && s.charAt(close + 1) == ':';
        }
        for (int j = p; j < end; j++) {
            if (s.charAt(j) == ':' && (j + 1 == end || s.charAt(j + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Where the key starting at {@code p} ends: the index of its colon. */
    private int keyEnd(int p, int end) {
        char c = s.charAt(p);
        if (c == '\'' || c == '"') {
            int close = c == '\'' ? StoredScalars.singleQuotedEnd(s, p, end) : StoredScalars.doubleQuotedEnd(s, p, end);
            if (close + 1 >= end || s.charAt(close + 1) != ':') {
                throw new StepAside();
            }
            return close + 1;
        }
        for (int j = p; j < end; j++) {
            if (s.charAt(j) == ':' && (j + 1 == end || s.charAt(j + 1) == ' ')) {
                return j;
            }
        }
        throw new StepAside();
    }

    /** The key spelt from {@code p} to its colon, as {@link ManifestParser} makes a key a string. */
    private String key(int p, int colon) {
        char c = s.charAt(p);
        if (c == '\'') {
            return StoredScalars.singleQuoted(s, p, colon - 1);
        }
        if (c == '"') {
            return StoredScalars.doubleQuoted(s, p, colon - 1);
        }
        String text = StoredScalars.plain(s, p, colon);
        if (text.equals("<<")) {
            throw new StepAside();
        }
        return ManifestParser.keyString(GoScalars.resolvePlain(text).value());
    }

    /**
     * A value that fills the rest of its line (a scalar or an empty flow collection), or a
     * single-quoted scalar over several lines, in a node at column {@code col}; leaves {@link #line}
     * after it.
     */
    private Object inlineValue(int p, int end, int col, boolean mappingValue) {
        char c = s.charAt(p);
        if (c == '\'' && !closesOn(p, end)) {
            return foldedSingleQuoted(p, end, col);
        }
        if (c == '|') {
            return literal(p, end, col, mappingValue);
        }
        if (c == '"' && doubleQuotedClose(p + 1, end) < 0) {
            return foldedDoubleQuoted(p, end, col);
        }
        line = next(end);
        if (c == '\'') {
            if (StoredScalars.singleQuotedEnd(s, p, end) != end - 1) {
                throw new StepAside();
            }
            return StoredScalars.singleQuoted(s, p, end - 1);
        }
        if (c == '"') {
            if (StoredScalars.doubleQuotedEnd(s, p, end) != end - 1) {
                throw new StepAside();
            }
            return StoredScalars.doubleQuoted(s, p, end - 1);
        }
        if (end - p == 2 && (s.startsWith("[]", p) || s.startsWith("{}", p))) {
            return c == '[' ? FrozenList.EMPTY : FrozenMap.EMPTY;
        }
        for (int j = p; j < end; j++) {
            if (s.charAt(j) == ':' && (j + 1 == end || s.charAt(j + 1) == ' ')) {
                throw new StepAside();
            }
        }
        String text = StoredScalars.plain(s, p, end);
        if (text.equals("<<")) {
            throw new StepAside();
        }
        if (line < n && indent(line) > col) {
            text = plainLines(text, col);
        }
        return GoScalars.resolvePlain(text).value();
    }

    /**
     * A plain scalar whose first line reads {@code first}, going on over the next lines indented past
     * {@code col}: go-yaml folds a long plain scalar at a single space, so each line break is a space.
     * Lines that YAML would read otherwise (a comment, a mapping indicator, white space at either end) step
     * aside. Leaves {@link #line} after its last line.
     */
    private String plainLines(String first, int col) {
        StringBuilder b = new StringBuilder(first.length() * 3).append(first);
        while (line < n && indent(line) > col) {
            int p = line + indent(line);
            int end = eol(line);
            if (s.charAt(p) == '#' || s.charAt(p) == '-' && (p + 1 == end || s.charAt(p + 1) == ' ')
                    || s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ':') {
                throw new StepAside();
            }
            for (int j = p; j < end; j++) {
                char c = s.charAt(j);
                if (!StoredScalars.printable(c) || c == ':' && s.charAt(j + 1) == ' ' || c == '#' && s.charAt(j - 1) == ' ') {
                    throw new StepAside();
                }
            }
            b.append(' ').append(s, p, end);
            line = next(end);
        }
        return b.toString();
    }

    /**
     * A literal block scalar ({@code |}, {@code |-}, with an indentation indicator after a mapping key) whose
     * header is at {@code p}, in a node at column {@code col}: go-yaml writes strings with line breaks so. Its
     * lines are taken as they are past the block's indentation, empty lines as line breaks; {@code -} drops the
     * final line break. Keeping trailing breaks ({@code +}), leading or trailing empty lines and lines of spaces
     * step aside. Leaves {@link #line} after its last line.
     */
    private String literal(int p, int end, int col, boolean mappingValue) {
        int h = p + 1;
        int indent = -1;
        if (h < end && s.charAt(h) >= '1' && s.charAt(h) <= '9') {
            if (!mappingValue) {
                throw new StepAside();
            }
            indent = col + s.charAt(h) - '0';
            h++;
        }
        boolean strip = h < end && s.charAt(h) == '-';
        if (strip) {
            h++;
        }
        if (h != end || end + 1 >= n) {
            throw new StepAside();
        }
        int at = end + 1;
        if (indent < 0) {
            indent = indentOf(at);
        }
        if (indent <= col) {
            throw new StepAside();
        }
        StringBuilder b = new StringBuilder();
        int breaks = 0;
        boolean any = false;
        while (at < n) {
            int e = eol(at);
            if (e == at) {
                if (!any) {
                    throw new StepAside();
                }
                breaks++;
                at = e + 1;
                continue;
            }
            int i = at;
            while (i < e && i - at < indent && s.charAt(i) == ' ') {
                i++;
            }
            if (i - at < indent) {
                if (i == e) {
                    throw new StepAside();
                }
                break;
            }
            if (breaks > 0 || i == e) {
                throw new StepAside();
            }
            if (any) {
                b.append('\n');
            }
            for (int j = i; j < e; j++) {
                char c = s.charAt(j);
                if (!StoredScalars.printable(c) && c != '\t') {
                    throw new StepAside();
                }
            }
            b.append(s, i, e);
            any = true;
            at = e + 1;
            // an empty line between two lines of the block is a line break of the string
            while (at < n && s.charAt(at) == '\n') {
                breaks++;
                at++;
            }
            if (breaks > 0 && at < n && indentOf(at) >= indent) {
                b.append("\n".repeat(breaks));
                breaks = 0;
            }
        }
        if (!any || breaks > 0) {
            throw new StepAside();
        }
        line = at >= n ? n : at;
        return strip ? b.toString() : b.append('\n').toString();
    }

    /** The index of the first unescaped double quote from {@code from} before {@code end}, or -1. */
    private int doubleQuotedClose(int from, int end) {
        for (int j = from; j < end; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j;
            }
        }
        return -1;
    }

    /**
     * A double-quoted scalar opened at {@code p} that goes on over the next lines indented past {@code col},
     * folded as YAML folds a flow scalar (a line break between two lines is a space, the white space at the start
     * of a line dropped): go-yaml folds a long double-quoted scalar at a single space. A line ending in white space
     * or in a backslash (an escaped line break) steps aside. Leaves {@link #line} after its last line.
     */
    private String foldedDoubleQuoted(int p, int end, int col) {
        StringBuilder raw = new StringBuilder("\"");
        int from = p + 1;
        int lineEnd = end;
        while (true) {
            int close = doubleQuotedClose(from, lineEnd);
            if (close >= 0) {
                if (close + 1 != lineEnd) {
                    throw new StepAside();
                }
                raw.append(s, from, close + 1);
                line = next(lineEnd);
                return StoredScalars.doubleQuoted(raw.toString(), 0, raw.length() - 1);
            }
            char last = s.charAt(lineEnd - 1);
            int slashes = 0;
            for (int j = lineEnd - 1; j >= from && s.charAt(j) == '\\'; j--) {
                slashes++;
            }
            if (last == ' ' || last == '\t' || slashes % 2 == 1) {
                throw new StepAside();
            }
            raw.append(s, from, lineEnd).append(' ');
            int at = lineEnd + 1;
            if (at >= n) {
                throw new StepAside();
            }
            int e = eol(at);
            int i = at + indentOf(at); // spaces stop at the line's end
            if (i == e || i - at <= col) {
                throw new StepAside(); // an empty line, or the scalar does not close
            }
            from = i;
            lineEnd = e;
        }
    }

    /** The number of spaces the line at {@code at} starts with. */
    private int indentOf(int at) {
        int i = at;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        return i - at;
    }

    /** Whether the single-quoted scalar opened at {@code p} closes on its line. */
    private boolean closesOn(int p, int end) {
        // asked of every single-quoted scalar: answered without throwing (a cold render asks it ~200 times)
        return StoredScalars.singleQuotedClose(s, p, end) >= 0;
    }

    /**
     * A single-quoted scalar opened at {@code p} that goes on over the next lines, folded as YAML
     * folds a flow scalar: a line break between two lines is a space, each empty line between them a
     * line break, the white space around a break dropped. PyYAML writes a string with line breaks
     * this way when it quotes it with single quotes. Leaves {@link #line} after its last line.
     */
    private String foldedSingleQuoted(int p, int end, int col) {
        StringBuilder b = new StringBuilder();
        int j = p + 1;
        int lineEnd = end;
        while (true) {
            int close = -1;
            int k = j;
            for (; k < lineEnd; k++) {
                char c = s.charAt(k);
                if (c == '\'') {
                    if (k + 1 < lineEnd && s.charAt(k + 1) == '\'') {
                        k++;
                    } else {
                        close = k;
                        break;
                    }
                } else if (!StoredScalars.printable(c)) {
                    throw new StepAside();
                }
            }
            if (close >= 0) {
                if (close + 1 != lineEnd) {
                    throw new StepAside();
                }
                b.append(s, j, close);
                line = next(lineEnd);
                return b.toString().replace("''", "'");
            }
            int t = lineEnd;
            while (t > j && s.charAt(t - 1) == ' ') {
                t--;
            }
            b.append(s, j, t);
            int breaks = 0;
            int at = lineEnd + 1;
            while (true) {
                if (at >= n) {
                    throw new StepAside();
                }
                int e = eol(at);
                int i = at + indentOf(at);
                if (i < e) {
                    if (i - at <= col) {
                        throw new StepAside();
                    }
                    j = i;
                    lineEnd = e;
                    break;
                }
                breaks++;
                at = e + 1;
            }
            b.append(breaks == 0 ? " " : "\n".repeat(breaks));
        }
    }

    private static void checkDepth(int depth) {
        if (depth >= Frozen.MAX_DEPTH - 1) {
            throw new StepAside();
        }
    }

    /** The number of spaces a line starts with; a tab, a comment, or a line of spaces alone steps aside. */
    private int indent(int at) {
        int i = at;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i == n || s.charAt(i) == '\n' || s.charAt(i) == '\t' || s.charAt(i) == '#' || s.charAt(i) == '\r'
                || i == at && (s.startsWith("---", at) || s.startsWith("...", at))) {
            throw new StepAside(); // (a line opening with --- or ... may be a document marker)
        }
        return i - at;
    }

    private int eol(int at) {
        int e = s.indexOf('\n', at);
        return e < 0 ? n : e;
    }

    /** The start of the line after the one ending at {@code end}, skipping a trailing run of empty lines at the end. */
    private int next(int end) {
        int p = end + 1;
        if (p >= n) {
            return n;
        }
        int q = p;
        while (q < n && s.charAt(q) == '\n') {
            q++;
        }
        if (q == n) {
            return n;
        }
        if (q != p) {
            throw new StepAside(); // a blank line between nodes
        }
        return p;
    }
}
