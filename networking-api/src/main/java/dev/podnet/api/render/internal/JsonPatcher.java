package dev.podnet.api.render.internal;

import dev.podnet.api.render.PatchOperation;
import java.util.List;
import java.util.Map;

/**
 * RFC 6902 JSON patch over a mutable tree (from {@link Trees#mutableCopy}). Each method returns the
 * new root (an operation at {@code ""} replaces the whole document).
 */
final class JsonPatcher {
    private JsonPatcher() {
    }

    /** Applies {@code ops} in order; the first that fails throws, naming it. */
    static Object apply(Object root, List<PatchOperation> ops) {
        Object doc = root;
        for (int i = 0; i < ops.size(); i++) {
            PatchOperation op = ops.get(i);
            try {
                doc = apply(doc, op);
            } catch (PatchException e) {
                throw new PatchException("operation " + (i + 1) + " (" + op + ") failed: " + e.getMessage());
            }
        }
        return doc;
    }

    private static Object apply(Object doc, PatchOperation op) {
        String path = op.path();
        return switch (op.op()) {
            case ADD -> add(doc, path, Trees.mutableCopy(op.value()));
            case REMOVE -> remove(doc, path);
            case REPLACE -> {
                get(doc, path);
                yield add(remove(doc, path, false), path, Trees.mutableCopy(op.value()), false);
            }
            case MOVE -> {
                String from = op.from().orElseThrow();
                if (path.startsWith(from + "/")) throw new PatchException("cannot move " + from + " into its own child " + path);
                Object v = get(doc, from);
                yield add(remove(doc, from), path, v);
            }
            case COPY -> add(doc, path, Trees.mutableCopy(get(doc, op.from().orElseThrow())));
            case TEST -> {
                Object v = get(doc, path);
                if (!Trees.jsonEquals(v, op.value())) {
                    throw new PatchException(path + " is " + v + ", not " + op.value());
                }
                yield doc;
            }
        };
    }

    /** The value at {@code pointer}, which must exist. */
    static Object get(Object doc, String pointer) {
        Object cur = doc;
        for (String t : JsonPointer.parse(pointer)) {
            if (cur instanceof Map<?, ?> m) {
                if (!m.containsKey(t)) throw new PatchException(pointer + ": there is no \"" + t + "\" " + keys(m));
                cur = m.get(t);
            } else if (cur instanceof List<?> l) {
                cur = l.get(JsonPointer.index(t, l.size(), false, pointer));
            } else {
                throw new PatchException(pointer + ": \"" + t + "\" is inside " + (cur == null ? "null" : "a scalar"));
            }
        }
        return cur;
    }

    private static Object add(Object doc, String pointer, Object value) {
        return add(doc, pointer, value, true);
    }

    @SuppressWarnings("unchecked")
    private static Object add(Object doc, String pointer, Object value, boolean insert) {
        List<String> tokens = JsonPointer.parse(pointer);
        if (tokens.isEmpty()) return value;
        Object parent = get(doc, parentOf(pointer, tokens));
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put(last, value);
        } else if (parent instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            int i = JsonPointer.index(last, list.size(), true, pointer);
            if (insert) list.add(i, value);
            else list.set(i, value);
        } else {
            throw new PatchException(pointer + ": the parent is " + (parent == null ? "null" : "a scalar") + ", not a map or list");
        }
        return doc;
    }

    private static Object remove(Object doc, String pointer) {
        return remove(doc, pointer, true);
    }

    /** Removes the value at {@code pointer} ({@code really} false: only checks it is there, for replace). */
    private static Object remove(Object doc, String pointer, boolean really) {
        List<String> tokens = JsonPointer.parse(pointer);
        if (tokens.isEmpty()) {
            if (really) throw new PatchException("cannot remove the whole object");
            return doc;
        }
        Object parent = get(doc, parentOf(pointer, tokens));
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            if (!m.containsKey(last)) throw new PatchException(pointer + ": there is no \"" + last + "\" " + keys(m));
            if (really) m.remove(last);
        } else if (parent instanceof List<?> l) {
            int i = JsonPointer.index(last, l.size(), false, pointer);
            if (really) l.remove(i);
        } else {
            throw new PatchException(pointer + ": the parent is " + (parent == null ? "null" : "a scalar") + ", not a map or list");
        }
        return doc;
    }

    private static String parentOf(String pointer, List<String> tokens) {
        return tokens.size() == 1 ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String keys(Map<?, ?> m) {
        return "(the keys there: " + String.join(", ", m.keySet().stream().map(String::valueOf).sorted().toList()) + ")";
    }
}
