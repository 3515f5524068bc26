package dev.podnet.providers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.internal.ProviderCodecs;
import dev.podnet.api.yaml.internal.ReadContext;

/**
 * A provider's configuration as the YAML tree kops writes ({@code spec.networking.<key>}) and back.
 * Defaults keyed by YAML field name are data, so they are applied on this form.
 */
public final class ProviderMaps {
    private static final DumpSettings DUMP = DumpSettings.builder().build();

    private ProviderMaps() {
    }

    /** A deep, mutable copy of the provider's YAML tree. */
    public static Map<String, Object> toMap(ProviderSpec spec) {
        return deepCopy(ProviderCodecs.write(spec));
    }

    public static ProviderSpec fromMap(ProviderKind kind, Map<String, Object> map) {
        Node node = new StandardRepresenter(DUMP).represent(map);
        ReadContext ctx = new ReadContext();
        ProviderSpec spec = ProviderCodecs.codec(kind)
                .orElseThrow(() -> new IllegalStateException("no codec for provider " + kind))
                .read(node, "spec.networking." + kind.key(), ctx);
        if (ctx.hasProblems()) throw new IllegalStateException("default produced an unreadable " + kind.key() + ": " + ctx.problems());
        return spec;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, copy(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) return deepCopy((Map<String, Object>) m);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return v;
    }
}
