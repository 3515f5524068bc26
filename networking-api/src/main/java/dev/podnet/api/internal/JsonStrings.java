package dev.podnet.api.internal;

import java.util.Locale;

/**
 * Strings as JSON string literals that a YAML 1.2 reader also reads back unchanged (a JSON document is
 * YAML): one home for the escaping of the patch-file writer and of podnet-insight's JSON output.
 */
public final class JsonStrings {
    private JsonStrings() {}

    /**
     * Appends {@code s} as a double-quoted JSON string.
     *
     * @param s the string
     * @param out receives the literal, quotes included
     */
    public static void append(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (literal(s, i, c)) {
                        out.append(c);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether YAML 1.2 (printable characters, section 5.1) and JSON both take the character as it is. */
    private static boolean literal(String s, int i, char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}
