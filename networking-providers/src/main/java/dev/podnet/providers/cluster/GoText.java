package dev.podnet.providers.cluster;

/**
 * Strings as kops' Go code prints them inside its error texts: {@code strconv.Quote} (the {@code %q} of
 * {@code fmt}, and the string fields of a {@code %#v} struct) and {@code encoding/json}'s string form (HTML
 * characters escaped, as {@code json.Marshal} does).
 */
final class GoText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoText() {
    }

    /** Go's {@code strconv.Quote}: printable runes kept, the C escapes, other runes Go does not print as hexadecimal escapes (x, u or U). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 11 -> b.append("\\v");
                default -> {
                    if (printable(c)) {
                        b.appendCodePoint(c);
                    } else if (c < 0x80) {
                        b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (c < 0x10000) {
                        b.append("\\u").append(hex(c, 4));
                    } else {
                        b.append("\\U").append(hex(c, 8));
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A string as Go's {@code json.Marshal} writes it: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped too. */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append("\\u").append(hex(c, 4));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean printable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String hex(int c, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--, c >>>= 4) out[i] = HEX[c & 0xf];
        return new String(out);
    }
}
