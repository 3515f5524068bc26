package dev.podnet.manifests.internal;

import dev.podnet.api.internal.facts.FactNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod spec as kops writes it after editing it as Kubernetes' Go type ({@code pod-spec-typing.yaml} beside this
 * class, where the rule is explained): the omitempty fields left empty are dropped, the struct fields always written
 * are added. Works on plain mutable trees (maps and lists), in place.
 */
final class TypedPodSpec {
    private static final String RESOURCE = "pod-spec-typing.yaml";
    private static final Rules RULES = read();

    private TypedPodSpec() {
    }

    private record Rules(List<List<String>> alwaysWritten, List<List<String>> omitEmpty) {
    }

    /** Rewrites {@code podSpec} (a mutable tree) as Go writes the typed value back. */
    static void normalize(Map<String, Object> podSpec) {
        for (List<String> path : RULES.omitEmpty()) {
            visit(podSpec, path, 0, false);
        }
        for (List<String> path : RULES.alwaysWritten()) {
            visit(podSpec, path, 0, true);
        }
    }

    // Walks path from index i in node; at its last key drops an empty value (or writes {} where absent when add).
    @SuppressWarnings("unchecked")
    private static void visit(Map<String, Object> node, List<String> path, int i, boolean add) {
        String step = path.get(i);
        boolean each = step.endsWith("[]");
        String key = each ? step.substring(0, step.length() - 2) : step;
        if (i == path.size() - 1) {
            if (add) {
                node.putIfAbsent(key, new LinkedHashMap<String, Object>());
            } else if (node.containsKey(key) && isEmpty(node.get(key))) {
                node.remove(key);
            }
            return;
        }
        Object next = node.get(key);
        if (each && next instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    visit((Map<String, Object>) m, path, i + 1, add);
                }
            }
        } else if (!each && next instanceof Map<?, ?> m) {
            visit((Map<String, Object>) m, path, i + 1, add);
        }
    }

    /** Go's empty values: false, "", 0, an empty slice or map; a YAML null too (a nil slice or map). */
    static boolean isEmpty(Object v) {
        return v == null || Boolean.FALSE.equals(v) || "".equals(v)
                || v instanceof Number n && n.doubleValue() == 0
                || v instanceof List<?> l && l.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
    }

    private static Rules read() {
        FactNode root = FactTables.document(TypedPodSpec.class, RESOURCE, "dev/podnet/manifests/internal/" + RESOURCE).root();
        root.onlyKeys(Set.of("alwaysWritten", "omitEmpty"));
        return new Rules(paths(root.texts("alwaysWritten")), paths(root.texts("omitEmpty")));
    }

    private static List<List<String>> paths(List<String> dotted) {
        List<List<String>> out = new ArrayList<>(dotted.size());
        for (String d : dotted) {
            out.add(List.of(d.split("\\.")));
        }
        return List.copyOf(out);
    }
}
