package dev.podnet.insight.schema;

import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.insight.explain.FieldDoc;
import dev.podnet.insight.explain.FieldDocs;
import dev.podnet.insight.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One wrong-typed value per kind of field a generated spec holds, and how to put it in. */
final class TypeFaults {
    private TypeFaults() {
    }

    /**
     * Faults for a cluster document, by path: a string where the spec holds a boolean or an integer,
     * an integer where it holds a string, a mapping where it holds a list, and an integer beyond 32 bits.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> cluster, FieldDocs docs) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> spec = (Map<String, Object>) cluster.get("spec");
        if (spec.get("networkCIDR") instanceof String) out.put("spec.networkCIDR", 172);
        if (spec.get("subnets") instanceof List) out.put("spec.subnets", Map.of("name", "a"));
        Map<String, Object> networking = spec.get("networking") instanceof Map<?, ?> n ? (Map<String, Object>) n : Map.of();
        // a key spelled for the other apiVersion is not read (kops ignores it), so no type fault there
        java.util.Set<String> unread = new java.util.HashSet<>();
        ClusterYaml.load(Json.write(cluster)).findings().all().stream()
                .filter(d -> d.rule().filter("yaml.other-version-field"::equals).isPresent())
                .forEach(d -> unread.add(d.path()));
        for (Map.Entry<String, Object> p : networking.entrySet()) {
            if (!(p.getValue() instanceof Map<?, ?> provider)) continue;
            for (Map.Entry<?, ?> f : provider.entrySet()) {
                String path = "spec.networking." + p.getKey() + "." + f.getKey();
                if (unread.contains(path)) continue;
                switch (docs.find(path).map(FieldDoc::type).orElse("")) {
                    case "boolean" -> out.put(path, "yes please");
                    case "int32", "int64" -> out.put(path, "twelve");
                    case "string" -> out.put(path, 12);
                    default -> { /* quantities take numbers, raw fields anything, extras are not modelled */ }
                }
            }
            String mtu = "spec.networking." + p.getKey() + ".mtu";
            if (docs.find(mtu).filter(d -> d.type().equals("int32")).isPresent()) out.put(mtu, 4_294_967_296L);
        }
        return out;
    }

    /** A deep copy of the cluster with {@code value} at {@code path}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> cluster, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(cluster);
        String[] keys = path.split("\\.");
        Map<String, Object> m = copy;
        for (int i = 0; i < keys.length - 1; i++) m = (Map<String, Object>) m.get(keys[i]);
        m.put(keys[keys.length - 1], value);
        return copy;
    }

    private static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) return new java.util.ArrayList<>(l.stream().map(TypeFaults::deepCopy).toList());
        return v;
    }

    /** Whether podnet's reader refuses the document (JSON is YAML: the reader reads it as it is). */
    static boolean readerRefuses(Map<String, Object> cluster) {
        try {
            ClusterYaml.load(Json.write(cluster));
            return false;
        } catch (ClusterYamlException e) {
            return true;
        }
    }
}
