package dev.podnet.providers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.api.yaml.internal.VersionSpellings;

/**
 * A provider's configuration as the YAML tree kops writes ({@code spec.networking.<key>}) and back.
 * Defaults keyed by YAML field name are data, so they are applied on this form.
 */
public final class ProviderMaps {
    private ProviderMaps() {
    }

    /** A deep, mutable copy of the provider's YAML tree, in kops' v1alpha2 spellings. */
    public static Map<String, Object> toMap(ProviderSpec spec) {
        Map<String, Object> tree = asRead(spec);
        VersionSpellings.toV1alpha2(spec.kind(), tree);
        return tree;
    }

    /**
     * A deep, mutable copy of a tree {@link #asRead} gave, in kops' v1alpha2 spellings: what {@link #toMap} gives,
     * without writing the spec's tree again when the caller has both.
     */
    public static Map<String, Object> toV1alpha2(ProviderKind kind, Map<String, Object> asRead) {
        Map<String, Object> tree = deepCopy(asRead);
        VersionSpellings.toV1alpha2(kind, tree);
        return tree;
    }

    /** A deep, mutable copy of the provider's YAML tree with the keys kops decoded, spelled as read. */
    public static Map<String, Object> asRead(ProviderSpec spec) {
        Map<String, Object> tree = deepCopy(ProviderYaml.toMap(spec));
        // a key spelled for the other apiVersion is dropped by kops when decoding (kops-oracle 1.22, 1.30,
        // 1.36): the completed spec and the rules do not see it; the document read keeps it as written
        tree.keySet().removeAll(ProviderYaml.unreadKeys(spec));
        return tree;
    }

    public static ProviderSpec fromMap(ProviderKind kind, Map<String, Object> map) {
        try {
            return ProviderYaml.fromMap(kind, map);
        } catch (ClusterYamlException e) {
            throw new IllegalStateException("default produced an unreadable " + kind.key() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) out.put(e.getKey(), copy(e.getValue()));
        return out;
    }

    /** A deep, mutable copy of one value of a tree (maps and lists copied, scalars shared). */
    public static Object copyValue(Object v) {
        return copy(v);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) return deepCopy((Map<String, Object>) m);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(copy(x));
            return out;
        }
        return v;
    }
}
