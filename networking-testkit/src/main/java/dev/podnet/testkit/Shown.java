package dev.podnet.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How failure messages show values and their neighbours: short, one line, YAML-like. */
final class Shown {
    /** Entries shown on each side of the one a failure is about. */
    static final int NEIGHBOURS = 3;
    /** Longest value text shown before it is cut. */
    private static final int LONGEST = 160;

    private Shown() {
    }

    /** A value as a reader expects it: strings quoted, maps and lists inline, long text cut. */
    static String value(Object v) {
        String s;
        if (v == null) {
            s = "null";
        } else if (v instanceof String t) {
            s = "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        } else {
            s = String.valueOf(v);
        }
        return s.length() > LONGEST ? s.substring(0, LONGEST) + "…" : s;
    }

    /** The keys and values of a map, one per line, indented. */
    static String entries(Map<String, ?> m) {
        if (m.isEmpty()) return "    (none)";
        List<String> lines = new ArrayList<>();
        m.forEach((k, v) -> lines.add("    " + k + ": " + value(v)));
        return String.join("\n", lines);
    }

    /** The lines around {@code at} ({@link #NEIGHBOURS} each side; all of them if {@code at} is -1 and they are few). */
    static String window(List<String> lines, int at) {
        if (lines.isEmpty()) return "    (none)";
        int from = at < 0 ? 0 : Math.max(0, at - NEIGHBOURS);
        int to = at < 0 ? Math.min(lines.size(), 4 * NEIGHBOURS) : Math.min(lines.size(), at + NEIGHBOURS + 1);
        List<String> out = new ArrayList<>();
        if (from > 0) out.add("    … " + from + " before");
        for (int i = from; i < to; i++) out.add((i == at ? "  > " : "    ") + lines.get(i));
        if (to < lines.size()) out.add("    … " + (lines.size() - to) + " after");
        return String.join("\n", out);
    }

    /**
     * Whether a rendered value equals what a test expects: numbers by value (YAML reads 1 as an
     * Integer, a test may write 1L), everything else by {@link Objects#equals}.
     */
    static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            try {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
            } catch (NumberFormatException notFinite) {
                return a.toString().equals(e.toString());
            }
        }
        return Objects.equals(actual, expected);
    }
}
