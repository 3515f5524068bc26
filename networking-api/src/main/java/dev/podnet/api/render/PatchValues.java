package dev.podnet.api.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a patch may carry: what JSON (and a Kubernetes object) holds, copied unmodifiable. An
 * integer is held as the smallest of {@code Integer}, {@code Long} and {@code BigInteger} that
 * holds it, as a YAML reader makes it, so that a patch read back from its file equals it.
 */
final class PatchValues {
    private PatchValues() {
    }

    /**
     * @throws IllegalArgumentException for a value JSON cannot hold (a key that is not a string, a
     *     non-finite number, another type)
     */
    static Object copy(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer) return v;
        if (v instanceof Long l) return l.longValue() == l.intValue() ? (Object) l.intValue() : l;
        if (v instanceof BigInteger b) return b.bitLength() < Long.SIZE ? copy(b.longValue()) : b;
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) throw new IllegalArgumentException("a patch value must be a finite number, got " + d);
            return d;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("a patch value's keys are strings, got " + e.getKey());
                }
                out.put(k, copy(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(copy(x)));
            return Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException("a patch value is a map, list, string, number, boolean or null; got "
                + v.getClass().getSimpleName());
    }
}
