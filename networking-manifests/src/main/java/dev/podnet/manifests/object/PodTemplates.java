package dev.podnet.manifests.object;

import dev.podnet.manifests.yaml.internal.FrozenList;
import dev.podnet.manifests.yaml.internal.FrozenMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a {@link KubeObject} workload keeps its pod template, pod spec and containers (by kind), and
 * the named-item lookups and env edits {@link KubeObject}'s container edits are made of.
 */
final class PodTemplates {

    private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");

    private PodTemplates() {
    }

    /** The names of the containers, then of the init containers, of the workload's pod template. */
    static List<String> containerNames(KubeObject o) {
        List<String> names = new ArrayList<>();
        Object spec = TreeNodes.getIn(o.tree(), podSpecPath(o));
        for (String list : CONTAINER_LISTS) {
            if (spec instanceof Map<?, ?> m && m.get(list) instanceof List<?> l) {
                for (Object c : l) {
                    if (c instanceof Map<?, ?> cm && cm.get("name") instanceof String n) {
                        names.add(n);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    static FrozenMap setEnv(FrozenMap container, String name, Map<String, Object> entry) {
        Objects.requireNonNull(name, "name");
        Object env = container.get("env");
        if (env == null) {
            return container.with("env", List.of(entry));
        }
        if (!(env instanceof FrozenList list)) {
            throw new IllegalArgumentException("env of container \"" + container.get("name") + "\" is not a list");
        }
        int i = indexByName(list, name);
        return container.with("env", i < 0 ? list.plus(entry) : list.with(i, entry));
    }

    static int indexByName(List<Object> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m && name.equals(m.get("name"))) {
                return i;
            }
        }
        return -1;
    }

    /** The path of the named container, or null. */
    static List<Object> findContainer(KubeObject o, String name) {
        List<Object> specPath = podSpecPath(o);
        Object spec = TreeNodes.getIn(o.tree(), specPath);
        for (String list : CONTAINER_LISTS) {
            if (spec instanceof Map<?, ?> m && m.get(list) instanceof List<?> l) {
                int i = indexByName(TreeNodes.asList(l), name);
                if (i >= 0) {
                    return append(specPath, list, i);
                }
            }
        }
        return null;
    }

    static String describeContainers(KubeObject o) {
        Object spec = TreeNodes.getIn(o.tree(), podSpecPath(o));
        StringBuilder sb = new StringBuilder();
        for (String list : CONTAINER_LISTS) {
            List<String> names = new ArrayList<>();
            if (spec instanceof Map<?, ?> m && m.get(list) instanceof List<?> l) {
                for (Object c : l) {
                    if (c instanceof Map<?, ?> cm) {
                        names.add(String.valueOf(cm.get("name")));
                    }
                }
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(list).append(": ").append(names.isEmpty() ? "none" : String.join(", ", names));
        }
        return sb.toString();
    }

    // Where the pod spec lives in each workload kind.
    static List<Object> podSpecPath(KubeObject o) {
        return append(podTemplatePath(o), "spec");
    }

    static List<Object> podMetadataPath(KubeObject o) {
        return append(podTemplatePath(o), "metadata");
    }

    static List<Object> podTemplatePath(KubeObject o) {
        switch (o.kind()) {
            case "Pod":
                return List.of();
            case "CronJob":
                return List.of("spec", "jobTemplate", "spec", "template");
            case "DaemonSet", "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "Job":
                return List.of("spec", "template");
            default:
                throw new IllegalArgumentException(o + " has no pod template (it is not a workload)");
        }
    }

    static List<Object> append(List<Object> path, Object... more) {
        List<Object> p = new ArrayList<>(path.size() + more.length);
        p.addAll(path);
        p.addAll(List.of(more));
        return p;
    }
}
