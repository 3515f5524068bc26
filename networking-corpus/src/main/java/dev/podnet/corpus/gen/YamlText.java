package dev.podnet.corpus.gen;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small block-style YAML writer for generated specs and fixtures. A string is written plain only
 * when both YAML 1.1 (kops' reader) and YAML 1.2 (snakeyaml-engine) read it back as the same string;
 * otherwise it is double-quoted. Numbers and booleans are written as such, so a generated spec can
 * hold a quantity written as a number ({@code cpuRequest: 0.5}) on purpose.
 */
public final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9._/=-]*");
    private static final Pattern YAML11_SPECIAL = Pattern.compile(
            "(?i)y|n|yes|no|on|off|true|false|null|~|nan|inf|[-+.0-9_:]+.*");

    private YamlText() {
    }

    public static String write(Object value) {
        return write(value, 2);
    }

    /**
     * Block style with mappings nested {@code step} columns deeper than their key.
     *
     * @param value the value
     * @param step  indentation of a nested mapping (2 as kops writes, 4 as some users do)
     * @return the YAML text
     */
    static String write(Object value, int step) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> m && !m.isEmpty()) writeMap(m, 0, step, out);
        else if (value instanceof List<?> l && !l.isEmpty()) writeList(l, 0, step, out);
        else out.append(scalar(value)).append('\n');
        return out.toString();
    }

    private static void writeMap(Map<?, ?> m, int indent, int step, StringBuilder out) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            pad(indent, out);
            out.append(scalar(String.valueOf(e.getKey()))).append(':');
            writeValue(e.getValue(), indent, step, out);
        }
    }

    private static void writeList(List<?> l, int indent, int step, StringBuilder out) {
        for (Object item : l) {
            pad(indent, out);
            out.append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                // first key on the dash line
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (first) out.append(' ');
                    else pad(indent + 2, out);
                    first = false;
                    out.append(scalar(String.valueOf(e.getKey()))).append(':');
                    writeValue(e.getValue(), indent + 2, step, out);
                }
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                out.append('\n');
                writeList(inner, indent + 2, step, out);
            } else {
                out.append(' ').append(scalar(item)).append('\n');
            }
        }
    }

    private static void writeValue(Object v, int indent, int step, StringBuilder out) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            writeMap(m, indent + step, step, out);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            writeList(l, indent, step, out);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static void pad(int n, StringBuilder out) {
        out.append(" ".repeat(n));
    }

    static String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof RawYaml raw) return raw.text();
        if (v instanceof Map<?, ?>) return "{}";
        if (v instanceof List<?>) return "[]";
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) return v.toString();
        if (v instanceof Double d) return d.toString();
        String s = v.toString();
        if (PLAIN.matcher(s).matches() && !YAML11_SPECIAL.matcher(s).matches() && !s.contains(": ")) return s;
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
