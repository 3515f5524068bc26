package dev.podnet.api.render.internal;

import dev.podnet.api.internal.MutableTrees;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Plain YAML values (maps, lists, scalars): mutable copies and JSON equality. */
final class Trees {
    private Trees() {
    }

    /** A deep copy whose maps and lists can be edited ({@link MutableTrees#copy}). */
    static Object mutableCopy(Object v) {
        return MutableTrees.copy(v);
    }

    /** JSON equality (RFC 6902 §4.6): numbers by value, maps regardless of order, lists in order. */
    static boolean jsonEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!jsonEquals(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!jsonEquals(i.next(), j.next())) return false;
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
