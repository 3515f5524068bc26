package dev.podnet.api.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain YAML values (maps, lists, scalars) as trees the caller may edit. */
public final class MutableTrees {
    private MutableTrees() {
    }

    /**
     * A deep copy of {@code value} whose maps (keys as strings, order kept) and lists can be edited; scalars are shared.
     *
     * @param value a map, list or scalar
     * @return the copy
     */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), copy(x)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return value;
    }
}
