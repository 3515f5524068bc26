package dev.podnet.manifests.yaml.internal;

import dev.podnet.api.internal.GoScalars;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one YAML document exactly as kops does: as go-yaml v2's {@code yaml.Marshal} writes a
 * generic value (which is a port of libyaml's emitter) with its default settings: block style,
 * indent 2, best width 80 (or none: go-yaml v2.3.0, see {@link #UNLIMITED_WIDTH}), unicode allowed, mappings sorted with go-yaml's key order.
 *
 * <p>Why a hand-written emitter: byte-identical output depends on small decisions of libyaml
 * (when a string is plain, single-quoted, double-quoted or a literal block; where a long line
 * folds; which block-scalar indicators are written) and on go-yaml's own choices on top of it
 * (which strings must be quoted, how numbers look, the key order). snakeyaml-engine's emitter
 * descends from the same code but differs in those details. Each method below mirrors one
 * function of go-yaml v2's {@code emitterc.go} and keeps its state variables, so the two can be
 * compared line by line. Parts of libyaml that go-yaml v2 never reaches when writing plain data
 * (anchors, tags, comments, canonical mode, non-empty flow collections, folded scalars) are left out.
 *
 * <p>Input: a tree of {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code Boolean},
 * {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} and {@code null}. An instance
 * is single-use and not thread-safe; {@link #emit} creates one per call.
 */
public final class GoYamlEmitter {

    private static final int BEST_INDENT = 2;

    /** go-yaml v2's default best width (v2.0-v2.2 and v2.4+): long scalars fold near column 80. */
    public static final int DEFAULT_WIDTH = 80;

    /**
     * The width that never folds: go-yaml v2.3.0 set its best width to -1, which libyaml's
     * emitter reads as unlimited ({@code 1<<31 - 1}), so no line folds.
     */
    public static final int UNLIMITED_WIDTH = Integer.MAX_VALUE;

    private enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    private final StringBuilder out = new StringBuilder(4096);
    private int column;
    private int indent = -1;
    private final List<Integer> indents = new ArrayList<>();
    private boolean whitespace = true;
    private boolean indention = true;
    private boolean mappingContext;
    private boolean simpleKeyContext;
    private final int bestWidth;
    // spans of a document written before whose nodes this one may share (null: none)
    private final TextSpans reuse;
    // where this document's nodes are written, when asked for (null: not recorded)
    private final IdentityHashMap<Object, TextSpans.Span> recording;

    private GoYamlEmitter(int bestWidth, TextSpans reuse, boolean record) {
        this.bestWidth = bestWidth;
        this.reuse = reuse;
        this.recording = record ? new IdentityHashMap<>() : null;
    }

    private static int width(int bestWidth) {
        return bestWidth <= 2 * BEST_INDENT ? DEFAULT_WIDTH : bestWidth;
    }

    /** The document text for {@code value}, ending with one line break, folded near column 80. */
    public static String emit(Object value) {
        return emit(value, DEFAULT_WIDTH);
    }

    /**
     * The document text for {@code value}, ending with one line break, long scalars folded past
     * column {@code bestWidth} ({@link #UNLIMITED_WIDTH}: never). As libyaml, a width not above
     * twice the indent is taken as the default.
     */
    public static String emit(Object value, int bestWidth) {
        return new GoYamlEmitter(width(bestWidth), null, false).document(value);
    }

    /**
     * As {@link #emit(Object, int)}, recording where each collection and long string of the tree
     * is written, so that a tree sharing them can be written by copying ({@link #emit(Object, TextSpans)}).
     */
    public static TextSpans emitRecorded(Object value, int bestWidth) {
        GoYamlEmitter e = new GoYamlEmitter(width(bestWidth), null, true);
        return new TextSpans(e.document(value), e.bestWidth, e.recording);
    }

    /**
     * The same text as {@link #emit(Object, int)} at {@code spans}' width, copying from {@code spans}
     * the text of every node {@code value} shares with the tree {@code spans} was recorded for where
     * the emitter is in the same state as it was there.
     */
    public static String emit(Object value, TextSpans spans) {
        return new GoYamlEmitter(spans.bestWidth(), spans, false).document(value);
    }

    private String document(Object value) {
        emitNode(value, false, false);
        // yaml_emitter_emit_document_end: an implicit end only finishes the last line.
        writeIndent();
        return out.toString();
    }

    // ---------------------------------------------------------------- nodes

    // The root and sequence contexts of libyaml's emit_node only matter for open-ended scalars
    // ("..." markers), which go-yaml v2's Marshal never writes (it clears open_ended first).
    private void emitNode(Object node, boolean mapping, boolean simpleKey) {
        if ((reuse == null && recording == null) || !tracked(node)) {
            writeNode(node, mapping, simpleKey);
            return;
        }
        int entry = flags(whitespace, indention, mapping, simpleKey);
        if (reuse != null) {
            TextSpans.Span s = reuse.span(node);
            if (s != null && s.indent() == indent && s.column() == column && s.entry() == entry) {
                out.append(reuse.text(), s.start(), s.end());
                column = s.exitColumn();
                whitespace = (s.exit() & 1) != 0;
                indention = (s.exit() & 2) != 0;
                mappingContext = (s.exit() & 4) != 0;
                simpleKeyContext = (s.exit() & 8) != 0;
                return;
            }
        }
        int start = out.length();
        int startColumn = column;
        writeNode(node, mapping, simpleKey);
        if (recording != null && out.length() - start >= TextSpans.MIN_SPAN) {
            recording.putIfAbsent(node, new TextSpans.Span(start, out.length(), indent, startColumn, entry, column,
                    flags(whitespace, indention, mappingContext, simpleKeyContext)));
        }
    }

    /** The nodes whose spans are recorded and looked up: collections, and strings long enough to be worth it. */
    private static boolean tracked(Object node) {
        if (node instanceof String s) {
            return s.length() >= TextSpans.MIN_STRING;
        }
        return node instanceof Map<?, ?> m ? !m.isEmpty() : node instanceof List<?> l && !l.isEmpty();
    }

    private static int flags(boolean whitespace, boolean indention, boolean mapping, boolean simpleKey) {
        return (whitespace ? 1 : 0) | (indention ? 2 : 0) | (mapping ? 4 : 0) | (simpleKey ? 8 : 0);
    }

    private void writeNode(Object node, boolean mapping, boolean simpleKey) {
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        if (node instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                emitEmptyFlow('{', '}');
            } else {
                emitBlockMapping(map);
            }
        } else if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                emitEmptyFlow('[', ']');
            } else {
                emitBlockSequence(list);
            }
        } else {
            Scalar s = scalar(node);
            emitScalar(s, analyze(s));
        }
    }

    /** The text of a scalar and the style go-yaml's encoder asks the emitter for. */
    private record Scalar(String text, Style requested) { }

    private static Scalar scalar(Object node) {
        if (node == null) {
            return new Scalar("null", Style.PLAIN);
        }
        if (node instanceof String s) {
            // Where go-yaml v2 is unsafe, podnet is not (issue 12): a string with NEL, U+2028/2029,
            // the byte order mark or a control character is double-quoted with the character
            // escaped (go-yaml writes NEL and the separators raw, which YAML 1.1 readers take as
            // line breaks). go-yaml's own choice stands for every other string, so output
            // byte-identical to kops stays so (it writes "<<" and impossible dates such as
            // 2024-13-01 plain, which some YAML 1.1 readers read otherwise; see OutputRoundTripTest).
            if (dev.podnet.api.internal.SafeScalars.needsEscape(s)) {
                return new Scalar(s, Style.DOUBLE_QUOTED);
            }
            // go-yaml v2 encoder.stringv
            if (s.indexOf('\n') >= 0) {
                return new Scalar(s, Style.LITERAL);
            }
            return new Scalar(s, GoScalars.canBePlain(s) ? Style.PLAIN : Style.DOUBLE_QUOTED);
        }
        if (node instanceof Boolean b) {
            return new Scalar(b ? "true" : "false", Style.PLAIN);
        }
        if (node instanceof Integer || node instanceof Long || node instanceof BigInteger) {
            return new Scalar(node.toString(), Style.PLAIN);
        }
        if (node instanceof Double d) {
            return new Scalar(GoScalars.formatDouble(d), Style.PLAIN);
        }
        throw new IllegalArgumentException("cannot write a value of type " + node.getClass().getName());
    }

    // Only empty collections are written in flow style ({} and []): go-yaml v2 asks for block
    // style everywhere and libyaml switches to flow for an empty collection.
    private void emitEmptyFlow(char open, char close) {
        // emit_flow_{sequence,mapping}_item with the end event right after the start event.
        writeIndicator(String.valueOf(open), true, true, false);
        increaseIndent(true, false);
        popIndent();
        writeIndicator(String.valueOf(close), false, false, false);
    }

    private void emitBlockSequence(List<?> list) {
        // yaml_emitter_emit_block_sequence_item(first): a sequence that is a mapping value is not
        // indented ("containers:" then "- name: x" at the same column).
        increaseIndent(false, mappingContext && !indention);
        for (Object item : list) {
            writeIndent();
            writeIndicator("-", true, false, true);
            emitNode(item, false, false);
        }
        popIndent();
    }

    private void emitBlockMapping(Map<?, ?> map) {
        increaseIndent(false, false);
        if (map instanceof FrozenMap frozen) {
            // a frozen map keeps its sorted keys: shared subtrees are sorted once
            for (int i : frozen.sortedOrder()) {
                emitMappingEntry(frozen.keyAt(i), frozen.valueAt(i));
            }
        } else {
            for (Map.Entry<String, Object> entry : GoKeyOrder.sortedEntries(map)) {
                emitMappingEntry(entry.getKey(), entry.getValue());
            }
        }
        popIndent();
    }

    private void emitMappingEntry(String keyText, Object value) {
        writeIndent();
        Scalar key = scalar(keyText);
        Analysis keyAnalysis = analyze(key);
        if (checkSimpleKey(key, keyAnalysis)) {
            mappingContext = true;
            simpleKeyContext = true;
            emitScalar(key, keyAnalysis);
            writeIndicator(":", false, false, false);
        } else {
            writeIndicator("?", true, false, true);
            mappingContext = true;
            simpleKeyContext = false;
            emitScalar(key, keyAnalysis);
            writeIndent();
            writeIndicator(":", true, false, true);
        }
        emitNode(value, true, false);
    }

    // yaml_emitter_check_simple_key for a scalar key without anchor or tag.
    private static boolean checkSimpleKey(Scalar key, Analysis a) {
        return !a.multiline && utf8Length(key.text, 129) <= 128;
    }

    /** The UTF-8 length of {@code text}, or a value of at least {@code stop} once it gets there. */
    private static int utf8Length(String text, int stop) {
        int n = 0;
        for (int i = 0; i < text.length() && n < stop; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                // a lone surrogate is encoded as one replacement byte ('?') by String.getBytes
                n += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return n;
    }

    private void emitScalar(Scalar s, Analysis a) {
        Style style = selectScalarStyle(s, a);
        increaseIndent(true, false);
        switch (style) {
            case PLAIN -> writePlain(s.text, a.codePoints, !simpleKeyContext);
            case SINGLE_QUOTED -> writeSingleQuoted(a.codePoints, !simpleKeyContext);
            case DOUBLE_QUOTED -> writeDoubleQuoted(a.codePoints, !simpleKeyContext);
            case LITERAL -> writeLiteral(a.codePoints);
            default -> throw new IllegalStateException(style.name());
        }
        popIndent();
    }

    // yaml_emitter_select_scalar_style (implicit scalars, no tags, not canonical). Scalars are
    // never inside a flow collection here (only empty collections are flow), so libyaml's
    // flow-level conditions are always false and left out.
    private Style selectScalarStyle(Scalar s, Analysis a) {
        Style style = s.requested;
        if (simpleKeyContext && a.multiline) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.PLAIN) {
            if (!a.blockPlainAllowed) {
                style = Style.SINGLE_QUOTED;
            }
            if (s.text.isEmpty() && simpleKeyContext) {
                style = Style.SINGLE_QUOTED;
            }
        }
        if (style == Style.SINGLE_QUOTED && !a.singleQuotedAllowed) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.LITERAL && (!a.blockAllowed || simpleKeyContext)) {
            style = Style.DOUBLE_QUOTED;
        }
        return style;
    }

    // ---------------------------------------------------------------- analysis

    private record Analysis(int[] codePoints, boolean multiline, boolean blockPlainAllowed,
                            boolean singleQuotedAllowed, boolean blockAllowed) { }

    /**
     * The analysis of every plain {@link #isWord word}: one line, every style allowed. Its code points
     * are not made: only {@link #writePlain} reads them, and a word has the same characters.
     */
    private static final Analysis WORD = new Analysis(null, false, true, true, true);

    /** {@link #analyze(String)}, or {@link #WORD} for a word requested plain (most keys and values). */
    private static Analysis analyze(Scalar s) {
        return s.requested == Style.PLAIN && isWord(s.text) ? WORD : analyze(s.text);
    }

    /**
     * A text {@link #analyze(String)} finds nothing in: printable ASCII without spaces, {@code :} or
     * {@code #}, starting with a letter, a digit, {@code _} or {@code /} (no indicator, no {@code ---} or
     * {@code ...} start). Its analysis is {@link #WORD}'s; that it may be plain is the resolver's call.
     */
    static boolean isWord(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        char first = text.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9')
                || first == '_' || first == '/')) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':' || c == '#') {
                return false;
            }
        }
        return true;
    }

    // yaml_emitter_analyze_scalar, over code points instead of UTF-8 bytes, without the flags
    // that only matter inside flow collections.
    private static Analysis analyze(String text) {
        int[] v = codePoints(text);
        int n = v.length;
        if (n == 0) {
            return new Analysis(v, false, true, true, false);
        }
        boolean blockIndicators = text.startsWith("---") || text.startsWith("...");
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean precededByWhitespace = true;
        for (int i = 0; i < n; i++) {
            int c = v[i];
            boolean followedByWhitespace = i + 1 >= n || isBlank(v[i + 1]);
            if (i == 0) {
                switch (c) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
                        blockIndicators = true;
                    case '?', ':', '-' -> blockIndicators |= followedByWhitespace;
                    default -> { }
                }
            } else if ((c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace)) {
                blockIndicators = true;
            }
            // go-yaml v2 (like libyaml) counts a tab as special: no plain, quoted or block form
            // carries it, so a string with a tab is written double-quoted with "\t".
            if (!isPrintable(c)) {
                specialCharacters = true;
            }
            if (c == ' ') {
                leadingSpace |= i == 0;
                trailingSpace |= i == n - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= i == n - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlankOrZ(c);
        }
        boolean blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace
                || spaceBreak || specialCharacters || lineBreaks || blockIndicators);
        boolean single = !(breakSpace || spaceBreak || specialCharacters);
        boolean block = !(trailingSpace || spaceBreak || specialCharacters);
        return new Analysis(v, lineBreaks, blockPlain, single, block);
    }

    /** The code points of {@code text}; without a stream, which costs more than the analysis for short keys. */
    private static int[] codePoints(String text) {
        int length = text.length();
        int[] v = new int[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                v[n++] = Character.toCodePoint(c, text.charAt(++i));
            } else {
                v[n++] = c;
            }
        }
        return n == length ? v : java.util.Arrays.copyOf(v, n);
    }

    private static boolean hasSpaceOrBreak(int[] v) {
        for (int c : v) {
            if (c == ' ' || isBreak(c)) {
                return true;
            }
        }
        return false;
    }

    // libyaml's is_printable for the code points UTF-8 can carry (go-yaml does not count
    // characters outside the Basic Multilingual Plane as printable).
    private static boolean isPrintable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlankOrZ(int c) {
        return isBlank(c) || isBreak(c) || c == 0;
    }

    // ---------------------------------------------------------------- output primitives

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.add(indent);
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    private void popIndent() {
        indent = indents.remove(indents.size() - 1);
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void write(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
        indention = true;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            write(c);
            column = 0;
            indention = true;
        }
    }

    private void writeIndent() {
        int ind = Math.max(indent, 0);
        if (!indention || column > ind || (column == ind && !whitespace)) {
            putBreak();
        }
        while (column < ind) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        for (int k = 0; k < indicator.length(); k++) {
            put(indicator.charAt(k));
        }
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    // ---------------------------------------------------------------- scalar writers

    private void writePlain(String text, int[] v, boolean allowBreaks) {
        if (!whitespace) {
            put(' ');
        }
        if (v == null || !hasSpaceOrBreak(v)) {
            // nothing to fold or break (most keys and values): the loop below would write each code point;
            // without code points (a word, ASCII) the text's length is their count
            out.append(text);
            column += v == null ? text.length() : v.length;
            whitespace = false;
            indention = false;
            return;
        }
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && !isSpaceAt(v, i + 1)) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(int[] v, boolean allowBreaks) {
        writeIndicator("'", true, false, false);
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < v.length - 1
                        && !isSpaceAt(v, i + 1)) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (c == '\'') {
                    put('\'');
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeDoubleQuoted(int[] v, boolean allowBreaks) {
        boolean spaces = false;
        writeIndicator("\"", true, false, false);
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (!isPrintable(c) || c == 0xFEFF || isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                switch (c) {
                    case 0x00 -> put('0');
                    case 0x07 -> put('a');
                    case 0x08 -> put('b');
                    case 0x09 -> put('t');
                    case 0x0A -> put('n');
                    case 0x0B -> put('v');
                    case 0x0C -> put('f');
                    case 0x0D -> put('r');
                    case 0x1B -> put('e');
                    case 0x22 -> put('"');
                    case 0x5C -> put('\\');
                    case 0x85 -> put('N');
                    case 0xA0 -> put('_');
                    // libyaml writes \L and \P here; snakeyaml-engine 3.2 (YAML 1.2) refuses those
                    // escapes, so U+2028 and U+2029 take the \\u form every reader knows.
                    default -> {
                        int width;
                        if (c <= 0xFF) {
                            put('x');
                            width = 2;
                        } else if (c <= 0xFFFF) {
                            put('u');
                            width = 4;
                        } else {
                            put('U');
                            width = 8;
                        }
                        for (int k = (width - 1) * 4; k >= 0; k -= 4) {
                            int digit = (c >> k) & 0x0F;
                            put((char) (digit < 10 ? '0' + digit : 'A' + digit - 10));
                        }
                    }
                }
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < v.length - 1) {
                    writeIndent();
                    if (isSpaceAt(v, i + 1)) {
                        put('\\');
                    }
                } else {
                    write(c);
                }
                spaces = true;
            } else {
                write(c);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeLiteral(int[] v) {
        writeIndicator("|", true, false, false);
        writeBlockScalarHints(v);
        putBreak();
        whitespace = true;
        boolean breaks = true;
        for (int c : v) {
            if (isBreak(c)) {
                writeBreak(c);
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                indention = false;
                breaks = false;
            }
        }
    }

    private void writeBlockScalarHints(int[] v) {
        if (v.length > 0 && (v[0] == ' ' || isBreak(v[0]))) {
            writeIndicator(String.valueOf((char) ('0' + BEST_INDENT)), false, false, false);
        }
        String chomp = "";
        int n = v.length;
        if (n == 0 || !isBreak(v[n - 1])) {
            chomp = "-";
        } else if (n == 1 || isBreak(v[n - 2])) {
            chomp = "+";
        }
        if (!chomp.isEmpty()) {
            writeIndicator(chomp, false, false, false);
        }
    }

    private static boolean isSpaceAt(int[] v, int i) {
        return i < v.length && v[i] == ' ';
    }
}
