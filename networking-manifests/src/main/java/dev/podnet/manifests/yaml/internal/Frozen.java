package dev.podnet.manifests.yaml.internal;

import dev.podnet.api.internal.GoScalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a caller's tree into a frozen one: maps become {@link FrozenMap} (String keys only, order
 * kept), lists become {@link FrozenList}, and scalars are normalized to the few types the writer
 * knows (String, Boolean, Integer, Long, BigInteger, Double, null). Integers are narrowed to the
 * smallest of Integer, Long, BigInteger that holds them so that values compare equal however they
 * were built ({@code 2}, {@code 2L} and a parsed {@code 2} are all {@code Integer 2}).
 */
public final class Frozen {

    /** Deeper trees are refused: they are not Kubernetes objects, and recursion must stay bounded. */
    public static final int MAX_DEPTH = 256;

    private Frozen() {
    }

    /** The frozen form of {@code value}; already frozen values are returned as they are. */
    public static Object freeze(Object value) {
        return freeze(value, 0);
    }

    /** The frozen form of a map (see {@link #freeze(Object)}). */
    public static FrozenMap freezeMap(Map<?, ?> map) {
        return (FrozenMap) freeze(map, 0);
    }

    private static Object freeze(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof FrozenMap || value instanceof FrozenList) {
            return value;
        }
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("tree is nested deeper than " + MAX_DEPTH + " levels (or is cyclic)");
        }
        if (value instanceof StoredDocument d) {
            return d.tree();
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return FrozenMap.EMPTY;
            }
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("map key " + e.getKey() + " is not a string");
                }
                copy.put(key, freeze(e.getValue(), depth + 1));
            }
            return new FrozenMap(copy);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return FrozenList.EMPTY;
            }
            Object[] items = new Object[list.size()];
            int k = 0;
            for (Object item : list) {
                items[k++] = freeze(item, depth + 1);
            }
            return new FrozenList(items);
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            return GoScalars.narrow(BigInteger.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger b) {
            return GoScalars.narrow(b);
        }
        if (value instanceof Double) {
            return value;
        }
        if (value instanceof Float f) {
            // The decimal the caller wrote (0.1f is 0.1, not 0.10000000149011612).
            return Double.parseDouble(Float.toString(f));
        }
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        throw new IllegalArgumentException("unsupported value type " + value.getClass().getName()
                + " (use Map, List, String, Boolean, a number or null)");
    }
}
