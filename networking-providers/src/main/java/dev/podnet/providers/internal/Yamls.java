package dev.podnet.providers.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Values printed as YAML flow text for {@link dev.podnet.api.AppliedDefault#value()}. */
public final class Yamls {
    private Yamls() {
    }

    public static String inline(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) return l.stream().map(Yamls::inline).collect(Collectors.joining(", ", "[", "]"));
        return String.valueOf(v);
    }
}
