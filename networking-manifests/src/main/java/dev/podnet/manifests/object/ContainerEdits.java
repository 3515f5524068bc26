package dev.podnet.manifests.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits of a workload's pod template addressed by container name: one field of a container, and the
 * named-item lists of a container or of the pod ({@code volumeMounts}, {@code volumes}, {@code ports}). A
 * container is looked up among {@code containers} first, then {@code initContainers}. Every edit returns a
 * new object (or the same one when nothing changes).
 */
public final class ContainerEdits {
    private ContainerEdits() {
    }

    /**
     * Sets (or with {@code null} removes) a field of a container.
     *
     * @param o             a workload with a pod template
     * @param container     the container's name
     * @param field         the field's path inside the container, e.g. {@code [livenessProbe, httpGet, host]}
     * @param value         the new value, or {@code null} to remove the field
     * @param onlyIfPresent leave the object alone when the field is absent
     * @return the edited object
     */
    public static KubeObject field(KubeObject o, String container, List<String> field, Object value, boolean onlyIfPresent) {
        List<Object> path = new ArrayList<>(containerPath(o, container));
        path.addAll(field);
        boolean present = o.get(dotted(path)).isPresent();
        if (onlyIfPresent && !present) {
            return o;
        }
        if (value == null) {
            return present ? o.without(path) : o;
        }
        return o.with(path, value);
    }

    /**
     * Removes the items named {@code name} from a named-item list.
     *
     * @param o         a workload with a pod template
     * @param container the container whose list it is, or {@code null} for the pod's list
     * @param field     the list's key, e.g. {@code volumeMounts}
     * @param name      the {@code name} of the items to remove
     * @return the edited object (the same object when the list is absent or holds no such item)
     */
    public static KubeObject removeNamed(KubeObject o, String container, String field, String name) {
        List<Object> path = listPath(o, container, field);
        Object list = o.get(dotted(path)).orElse(null);
        if (!(list instanceof List<?> l)) {
            return o;
        }
        List<Object> out = new ArrayList<>();
        for (Object x : l) {
            if (!(x instanceof Map<?, ?> m && name.equals(m.get("name")))) {
                out.add(x);
            }
        }
        return out.size() == l.size() ? o : o.with(path, out);
    }

    /**
     * Inserts items into a named-item list after the (last) item named {@code after}, or at its end when there
     * is none; an absent list is created.
     *
     * @param o         a workload with a pod template
     * @param container the container whose list it is, or {@code null} for the pod's list
     * @param field     the list's key, e.g. {@code volumes}
     * @param after     the name of the item to insert after
     * @param items     the items to insert, in order
     * @return the edited object
     */
    public static KubeObject insertAfter(KubeObject o, String container, String field, String after, List<Object> items) {
        List<Object> path = listPath(o, container, field);
        Object list = o.get(dotted(path)).orElse(List.of());
        List<Object> out = new ArrayList<>((List<?>) list);
        int at = out.size();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Map<?, ?> m && after.equals(m.get("name"))) {
                at = i + 1;
            }
        }
        out.addAll(at, items);
        return o.with(path, out);
    }

    private static List<Object> containerPath(KubeObject o, String container) {
        List<String> names = o.containerNames();
        int i = names.indexOf(container);
        Object cs = o.get("spec.template.spec.containers").orElse(List.of());
        int n = cs instanceof List<?> l ? l.size() : 0;
        return i < n ? List.of("spec", "template", "spec", "containers", i)
                : List.of("spec", "template", "spec", "initContainers", i - n);
    }

    /** The list at a container's {@code field} (container given) or at the pod's {@code field} (container null). */
    private static List<Object> listPath(KubeObject o, String container, String field) {
        List<Object> path = new ArrayList<>(container == null ? List.of("spec", "template", "spec")
                : containerPath(o, container));
        path.add(field);
        return path;
    }

    private static String dotted(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(p);
            }
        }
        return sb.toString();
    }
}
