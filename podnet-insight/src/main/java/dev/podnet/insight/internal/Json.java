package dev.podnet.insight.internal;

import dev.podnet.api.internal.JsonStrings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON writer for the insight reports: maps, lists, strings, numbers, booleans, null and
 * {@link Optional}. Every string is escaped so that any JSON reader reads it back unchanged: quotes,
 * backslashes, control characters, U+2028/U+2029 (line breaks to JavaScript) and lone surrogates
 * (which have no UTF-8 form) are written as {@code \\uXXXX}; the text is meant to be written as UTF-8.
 */
public final class Json {
    private Json() {
    }

    /** The value as indented JSON text, ending with a line break. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(value, out, 0);
        return out.append('\n').toString();
    }

    private static void value(Object v, StringBuilder out, int depth) {
        if (v instanceof Optional<?> o) {
            value(o.orElse(null), out, depth);
        } else if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> m) {
            object(m, out, depth);
        } else if (v instanceof List<?> l) {
            array(l, out, depth);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof java.math.BigInteger) {
            out.append(v);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a JSON number: " + n);
            }
            out.append(new java.math.BigDecimal(n.toString()).toPlainString());
        } else {
            JsonStrings.append(String.valueOf(v), out);
        }
    }

    private static void object(Map<?, ?> m, StringBuilder out, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            JsonStrings.append(String.valueOf(e.getKey()), out);
            out.append(": ");
            value(e.getValue(), out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void array(List<?> l, StringBuilder out, int depth) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(out, depth + 1);
            value(l.get(i), out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        JsonStrings.append(s, out);
        return out.toString();
    }
}
