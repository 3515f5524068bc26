package dev.podnet.insight.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A cluster's networking part as leaf values by path ({@code spec.subnets[0].cidr}), read from the
 * v1alpha2 form podnet writes. Descends into mappings and lists of mappings while {@code descend}
 * says the path is an object; anything else is one leaf.
 */
public final class NetworkingTree {
    /** The keys of {@code spec} that belong to the networking part (v1alpha2 names). */
    public static final Set<String> SPEC_KEYS = Set.of("networkID", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "subnets", "topology", "egressProxy", "networking",
            "kubeProxy", "kubeControllerManager", "kubeDNS", "isolateMasters", "DisableSubnetTags");

    private NetworkingTree() {
    }

    /** The leaves of the cluster's networking part, in document order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> leaves(Cluster cluster, Predicate<String> descend) {
        Map<String, Object> doc = ClusterYaml.toMap(cluster);
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(doc.get("spec") instanceof Map<?, ?> spec)) return out;
        for (Map.Entry<String, Object> e : ((Map<String, Object>) spec).entrySet()) {
            if (SPEC_KEYS.contains(e.getKey())) walk("spec." + e.getKey(), e.getValue(), descend, out);
        }
        return out;
    }

    private static void walk(String path, Object value, Predicate<String> descend, Map<String, Object> out) {
        if (value instanceof Map<?, ?> m && !m.isEmpty() && descend.test(path)) {
            for (Map.Entry<?, ?> e : m.entrySet()) walk(path + "." + e.getKey(), e.getValue(), descend, out);
        } else if (value instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof Map)
                && descend.test(path + "[]")) {
            for (int i = 0; i < l.size(); i++) walk(path + "[" + i + "]", l.get(i), descend, out);
        } else {
            out.put(path, value);
        }
    }

    /** A value as one line: scalars as written, lists and mappings in JSON's flow form. */
    public static String inline(Object value) {
        if (value == null) return "null";
        if (value instanceof Map || value instanceof List) return Json.write(value).replaceAll("\\s*\\n\\s*", " ").trim();
        return value.toString();
    }
}
