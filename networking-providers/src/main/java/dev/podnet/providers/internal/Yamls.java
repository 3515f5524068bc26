package dev.podnet.providers.internal;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Values printed as YAML flow text for {@link dev.podnet.api.AppliedDefault#value()}. */
public final class Yamls {
    private Yamls() {
    }

    public static String inline(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Map.Entry<?, ?> e : m.entrySet()) out.add(e.getKey() + ": " + inline(e.getValue()));
            return out.toString();
        }
        if (v instanceof List<?> l) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (Object x : l) out.add(inline(x));
            return out.toString();
        }
        return String.valueOf(v);
    }
}
