package dev.podnet.api.render;

import dev.podnet.api.internal.JsonStrings;

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
                JsonStrings.append((String) e.getKey(), out);
                out.append(": ");
                value(e.getValue(), in, out);
            });
        } else if (v instanceof List<?> l) {
            collection(l.iterator(), '[', ']', indent, out, (x, in) -> value(x, in, out));
        } else if (v instanceof String s) {
            JsonStrings.append(s, out);
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
}
