package dev.podnet.api.render.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 7386 JSON merge patch over a mutable tree. */
final class MergePatcher {
    private MergePatcher() {
    }

    /** The target with {@code patch} merged in: maps merge key by key, null removes, anything else replaces. */
    @SuppressWarnings("unchecked")
    static Object merge(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> p)) return Trees.mutableCopy(patch);
        Map<String, Object> out = target instanceof Map<?, ?> t ? (Map<String, Object>) t : new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : p.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (e.getValue() == null) {
                out.remove(key);
            } else {
                out.put(key, merge(out.get(key), e.getValue()));
            }
        }
        return out;
    }
}
