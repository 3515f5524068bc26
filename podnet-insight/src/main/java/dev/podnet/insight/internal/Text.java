package dev.podnet.insight.internal;

import java.util.Optional;

/** Values in the text reports: one line each, long or multi-line values shortened. */
public final class Text {
    private static final int MAX = 160;

    private Text() {
    }

    /** {@code path: old → new}, with {@code (absent)} for a missing side. */
    public static String change(String path, Optional<String> before, Optional<String> after) {
        return path + ": " + before.map(Text::value).orElse("(absent)") + " → " + after.map(Text::value).orElse("(absent)");
    }

    /** Text on one line, never shortened: quoted and escaped when it has line breaks or control characters. */
    public static String line(String v) {
        return v.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) ? Json.quote(v) : v;
    }

    /** A value on one line: quoted and escaped when it has line breaks, shortened past 160 characters. */
    public static String value(String v) {
        boolean multiline = v.indexOf('\n') >= 0;
        boolean control = !line(v).equals(v);
        String shown = control || v.isEmpty() ? Json.quote(v) : v;
        if (shown.length() <= MAX) return shown;
        long lines = v.chars().filter(c -> c == '\n').count() + 1;
        return shown.substring(0, MAX) + "… (" + v.length() + " characters" + (multiline ? ", " + lines + " lines" : "") + ")";
    }
}
