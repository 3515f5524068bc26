package dev.podnet.api.yaml.internal;

/**
 * The single-line scalars of {@link BlockYamlReader}: where a plain or quoted scalar ends and what a
 * quoted one means, as snakeyaml-engine 3.2 scans them. Every answer outside the subset is -1, which
 * makes the reader step aside.
 */
final class InlineScalars {
    /** Characters that cannot start a plain scalar (YAML 1.2 indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private InlineScalars() {
    }

    /**
     * The end (exclusive, trailing spaces left out) of the plain scalar at {@code from}, which ends
     * at {@code ": "}, {@code " #"} or the line break, and in a flow collection also at {@code ,]}}.
     *
     * @return the end, or -1 outside the subset
     */
    static int plainEnd(String text, int from, boolean flow) {
        return plainEnd(text, from, flow, false);
    }

    /**
     * As {@link #plainEnd(String, int, boolean)}; where {@code colonInFlow}, a colon inside a flow
     * collection's plain scalar that a blank or flow indicator does not follow is part of it, as
     * snakeyaml-engine scans it ({@code [ec2:DescribeVpcs]}).
     */
    static int plainEnd(String text, int from, boolean flow, boolean colonInFlow) {
        int n = text.length();
        char first = text.charAt(from);
        if (INDICATORS.indexOf(first) >= 0) {
            char next = from + 1 < n ? text.charAt(from + 1) : '\n';
            if (first != '-' || next == ' ' || next == '\n' || flow && FLOW_INDICATORS.indexOf(next) >= 0) return -1;
        }
        int end = from;
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') break;
            if (c == ' ') {
                int j = i;
                while (j < n && text.charAt(j) == ' ') j++;
                if (j >= n || text.charAt(j) == '\n' || text.charAt(j) == '#') break;
                i = j;
                continue;
            }
            if (c == ':') {
                char next = i + 1 < n ? text.charAt(i + 1) : '\n';
                if (next == ' ' || next == '\n') break;
                if (flow && !(colonInFlow && FLOW_INDICATORS.indexOf(next) < 0)) return -1;
            }
            if (flow && (c == ',' || c == ']' || c == '}')) break;
            if (flow && (c == '[' || c == '{' || c == '?' || c == '#')) return -1;
            i++;
            end = i;
        }
        return end;
    }

    /**
     * The index after the closing quote of the quoted scalar at {@code from}, which must close on its
     * line and use only escapes {@link #quotedValue} decodes.
     *
     * @return the end, or -1 outside the subset
     */
    static int quotedEnd(String text, int from) {
        int n = text.length();
        boolean single = text.charAt(from) == '\'';
        int i = from + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') return -1;
            if (single) {
                if (c == '\'') {
                    if (i + 1 < n && text.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\\') {
                int len = escapeLength(text, i + 1);
                if (len < 0) return -1;
                i += 1 + len;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** The characters an escape after the backslash at {@code at - 1} takes, or -1. */
    private static int escapeLength(String text, int at) {
        if (at >= text.length()) return -1;
        char e = text.charAt(at);
        if (simpleEscape(e) >= 0) return 1;
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : -1;
        if (digits < 0 || at + digits >= text.length()) return -1;
        int cp = 0;
        for (int k = 1; k <= digits; k++) {
            int d = Character.digit(text.charAt(at + k), 16);
            if (d < 0 || text.charAt(at + k) > 'f') return -1;
            cp = cp * 16 + d;
        }
        if (cp < 0 || !Character.isValidCodePoint(cp) || cp >= 0xD800 && cp <= 0xDFFF) return -1;
        return 1 + digits;
    }

    /** The character a one-letter escape stands for, or -1. */
    private static int simpleEscape(char e) {
        return switch (e) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 't' -> 9;
            case 'n' -> 10;
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> 13;
            case 'e' -> 0x1B;
            case ' ' -> ' ';
            case '"' -> '"';
            case '/' -> '/';
            case '\\' -> '\\';
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            default -> -1;
        };
    }

    /** The value of the quoted scalar from {@code from} to {@code end}, which {@link #quotedEnd} accepted. */
    static String quotedValue(String text, int from, int end) {
        int last = end - 1;
        boolean single = text.charAt(from) == '\'';
        // the first quote or backslash inside the scalar only: String.indexOf would scan the rest of the document
        // (Java 17 has no bounded form), once per quoted scalar of a fact table
        char escape = single ? '\'' : '\\';
        int special = from + 1;
        while (special < last && text.charAt(special) != escape) {
            special++;
        }
        if (special >= last) return text.substring(from + 1, last);
        StringBuilder b = new StringBuilder(last - from);
        int i = from + 1;
        while (i < last) {
            char c = text.charAt(i);
            if (single && c == '\'') {
                b.append('\'');
                i += 2;
            } else if (!single && c == '\\') {
                char e = text.charAt(i + 1);
                int simple = simpleEscape(e);
                if (simple >= 0) {
                    b.append((char) simple);
                    i += 2;
                } else {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    b.appendCodePoint(Integer.parseInt(text, i + 2, i + 2 + digits, 16));
                    i += 2 + digits;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The text's chars as code points, or null if one of them is outside the subset's characters. */
    static int[] plainChars(String text) {
        int[] out = new int[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (outsideSubset(c)) {
                return null;
            }
            out[i] = c;
        }
        return out;
    }

    /** Whether every char of the text is one of the subset's characters ({@link #plainChars} not null). */
    static boolean isPlainText(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // most chars of a table are printable ASCII: one comparison each
            if ((c < 0x20 || c >= 0x7F) && outsideSubset(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean outsideSubset(char c) {
        return c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c) || c >= 0xFEFF && (c == 0xFEFF || c >= 0xFFFE));
    }
}
