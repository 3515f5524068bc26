package dev.podnet.api.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PatchFile#write}: the patches as JSON, two spaces of indentation. Every string is quoted
 * and every character a YAML reader would not take literally (controls, line and paragraph
 * separators, the byte-order mark, non-characters, lone surrogates) is written as {@code \\uXXXX},
 * so that JSON and YAML 1.2 readers read back the same string.
 */
final class PatchFileWriter {
    private PatchFileWriter() {
    }

    static String write(List<ManifestPatch> patches) {
        StringBuilder out = new StringBuilder();
        value(patches.stream().map(PatchFileWriter::tree).toList(), "", out);
        return out.append('\n').toString();
    }

    /** One patch as the file holds it: target, then mergePatch or jsonPatch. */
    private static Map<String, Object> tree(ManifestPatch p) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", p.target().kind());
        p.target().namespace().ifPresent(n -> target.put("namespace", n));
        target.put("name", p.target().name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", target);
        if (p.type() == ManifestPatch.Type.MERGE_PATCH) {
            out.put("mergePatch", p.mergePatch());
        } else {
            out.put("jsonPatch", p.operations().stream().map(PatchFileWriter::operation).toList());
        }
        return out;
    }

    private static Map<String, Object> operation(PatchOperation o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("op", o.op().text());
        out.put("path", o.path());
        o.from().ifPresent(f -> out.put("from", f));
        if (o.op() == PatchOperation.Op.ADD || o.op() == PatchOperation.Op.REPLACE || o.op() == PatchOperation.Op.TEST) {
            out.put("value", o.value()); // null too: "value" is required, and null is JSON's null
        }
        return out;
    }

    private static void value(Object v, String indent, StringBuilder out) {
        if (v instanceof Map<?, ?> m) {
            collection(m.entrySet().iterator(), '{', '}', indent, out, (e, in) -> {
                string((String) e.getKey(), out);
                out.append(": ");
                value(e.getValue(), in, out);
            });
        } else if (v instanceof List<?> l) {
            collection(l.iterator(), '[', ']', indent, out, (x, in) -> value(x, in, out));
        } else if (v instanceof String s) {
            string(s, out);
        } else {
            out.append(v); // null, a boolean, an Integer, Long, BigInteger or finite Double (PatchValues holds no other)
        }
    }

    private interface Item<T> {
        void write(T item, String indent);
    }

    private static <T> void collection(Iterator<T> items, char open, char close, String indent, StringBuilder out, Item<T> item) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        String inner = indent + "  ";
        while (items.hasNext()) {
            out.append('\n').append(inner);
            item.write(items.next(), inner);
            if (items.hasNext()) out.append(',');
        }
        out.append('\n').append(indent).append(close);
    }

    private static void string(String s, StringBuilder out) {
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
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
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
