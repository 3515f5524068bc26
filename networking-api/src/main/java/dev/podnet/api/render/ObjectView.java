package dev.podnet.api.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one rendered Kubernetes object: its identity, metadata, pod template
 * (containers, images, env, volumes) and config data — the read side of the edits
 * {@code dev.podnet.manifests.object.KubeObject} makes. Immutable: built from a deep, unmodifiable
 * copy of the object's YAML values.
 */
public final class ObjectView {
    private static final List<String> POD_SPEC = List.of("spec", "template", "spec");
    private static final List<String> CRON_JOB_POD_SPEC = List.of("spec", "jobTemplate", "spec", "template", "spec");

    private final Map<String, Object> tree;

    private ObjectView(Map<String, Object> tree) {
        this.tree = tree;
    }

    /**
     * @param object a Kubernetes object as plain YAML values (maps, lists, scalars)
     * @return its view (a deep copy; later changes to {@code object} do not show)
     */
    public static ObjectView of(Map<String, ?> object) {
        return new ObjectView(map(freeze(object)));
    }

    /** @return {@code apiVersion}, or empty text if absent */
    public String apiVersion() {
        return string(tree.get("apiVersion")).orElse("");
    }

    /** @return {@code kind}, or empty text if absent */
    public String kind() {
        return string(tree.get("kind")).orElse("");
    }

    /** @return {@code metadata.name}, or empty text if absent */
    public String name() {
        return get("metadata.name").flatMap(ObjectView::string).orElse("");
    }

    /** @return {@code metadata.namespace}, if set */
    public Optional<String> namespace() {
        return get("metadata.namespace").flatMap(ObjectView::string);
    }

    /** @return {@code metadata.labels} */
    public Map<String, String> labels() {
        return stringMap(get("metadata.labels").orElse(null));
    }

    /** @return {@code metadata.annotations} */
    public Map<String, String> annotations() {
        return stringMap(get("metadata.annotations").orElse(null));
    }

    /**
     * The pod spec of a workload: {@code spec.template.spec} (Deployment, DaemonSet, StatefulSet,
     * ReplicaSet, Job), {@code spec.jobTemplate.spec.template.spec} (CronJob), {@code spec} (Pod).
     *
     * @return the pod spec, empty for an object without one
     */
    public Map<String, Object> podSpec() {
        Object spec = switch (kind()) {
            case "Pod" -> tree.get("spec");
            case "CronJob" -> at(CRON_JOB_POD_SPEC);
            default -> at(POD_SPEC);
        };
        return map(spec);
    }

    /** @return the pod template's containers, in order (empty for an object without a pod template) */
    public List<ContainerView> containers() {
        return List.copyOf(ContainerView.list(podSpec().get("containers"), false));
    }

    /** @return the pod template's init containers, in order */
    public List<ContainerView> initContainers() {
        return List.copyOf(ContainerView.list(podSpec().get("initContainers"), true));
    }

    /**
     * @param name a container name
     * @return the container, or else the init container, of that name
     */
    public Optional<ContainerView> container(String name) {
        List<ContainerView> all = new ArrayList<>(containers());
        all.addAll(initContainers());
        return all.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** @return the images of the containers, then of the init containers */
    public List<String> images() {
        List<String> out = new ArrayList<>();
        containers().forEach(c -> c.image().ifPresent(out::add));
        initContainers().forEach(c -> c.image().ifPresent(out::add));
        return List.copyOf(out);
    }

    /** @return the pod template's {@code volumes}, as written */
    public List<Map<String, Object>> volumes() {
        return maps(podSpec().get("volumes"));
    }

    /**
     * @param name a volume name
     * @return the pod template's volume of that name
     */
    public Optional<Map<String, Object>> volume(String name) {
        return volumes().stream().filter(v -> name.equals(v.get("name"))).findFirst();
    }

    /** @return a ConfigMap's or Secret's {@code data} (values as text) */
    public Map<String, String> data() {
        return stringMap(tree.get("data"));
    }

    /**
     * @param key a key of {@code data}
     * @return the text stored under {@code key}; empty when {@code data} has no such key
     */
    public Optional<String> data(String key) {
        return Optional.ofNullable(data().get(key));
    }

    /**
     * The value at {@code path}: keys separated by dots, list indexes and keys with dots in
     * brackets, e.g. {@code spec.template.spec.containers[0].image} or
     * {@code metadata.annotations["kubernetes.io/description"]} (the syntax of
     * {@code KubeObject.with}).
     *
     * @param path the path
     * @return the value, empty when absent or null
     * @throws IllegalArgumentException if the path is malformed
     */
    public Optional<Object> get(String path) {
        return Optional.ofNullable(at(parse(path)));
    }

    /** @return the whole object as an unmodifiable tree */
    public Map<String, Object> tree() {
        return tree;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectView v && v.tree.equals(tree);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }

    @Override
    public String toString() {
        return "ObjectView[" + kind() + " " + name() + "]";
    }

    private Object at(List<?> path) {
        Object cur = tree;
        for (Object segment : path) {
            if (segment instanceof Integer i && cur instanceof List<?> l) {
                cur = i >= 0 && i < l.size() ? l.get(i) : null;
            } else if (segment instanceof String k && cur instanceof Map<?, ?> m) {
                cur = m.get(k);
            } else {
                return null;
            }
        }
        return cur;
    }

    private static List<Object> parse(String path) {
        if (path == null || path.isEmpty()) throw new IllegalArgumentException("empty path");
        List<Object> out = new ArrayList<>();
        int i = 0;
        StringBuilder key = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                if (key.length() > 0) out.add(key.toString());
                key.setLength(0);
                i++;
            } else if (c == '[') {
                if (key.length() > 0) out.add(key.toString());
                key.setLength(0);
                int close;
                if (i + 1 < path.length() && (path.charAt(i + 1) == '"' || path.charAt(i + 1) == '\'')) {
                    int end = path.indexOf(path.charAt(i + 1), i + 2);
                    if (end < 0 || end + 1 >= path.length() || path.charAt(end + 1) != ']') {
                        throw new IllegalArgumentException("unterminated quoted key in " + path);
                    }
                    out.add(path.substring(i + 2, end));
                    close = end + 1;
                } else {
                    close = path.indexOf(']', i);
                    if (close < 0) throw new IllegalArgumentException("missing ] in " + path);
                    try {
                        out.add(Integer.parseInt(path.substring(i + 1, close)));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad index in " + path, e);
                    }
                }
                i = close + 1;
            } else {
                key.append(c);
                i++;
            }
        }
        if (key.length() > 0) out.add(key.toString());
        return out;
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(freeze(v)));
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    static Optional<String> string(Object value) {
        return value == null || value instanceof Map || value instanceof List ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) l.forEach(v -> string(v).ifPresent(out::add));
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object v : l) {
                if (v instanceof Map<?, ?>) out.add(map(v));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        map(value).forEach((k, v) -> string(v).ifPresent(s -> out.put(k, s)));
        return Collections.unmodifiableMap(out);
    }
}
