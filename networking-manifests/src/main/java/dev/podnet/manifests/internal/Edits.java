package dev.podnet.manifests.internal;

import dev.podnet.manifests.object.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Edits on top of {@link KubeObject} that several renderers need. */
public final class Edits {
    private Edits() {
    }

    /** Whether container {@code container} has env var {@code name}. */
    public static boolean hasEnv(KubeObject o, String container, String name) {
        Map<String, Object> c = o.container(container).orElse(null);
        if (c != null && c.get("env") instanceof List<?> env) {
            for (Object e : env) {
                if (e instanceof Map<?, ?> m && name.equals(m.get("name"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sets env var {@code name} where the upstream template has it (it is version-dependent); no-op otherwise. */
    public static KubeObject envIfPresent(KubeObject o, String container, String name, String value) {
        return hasEnv(o, container, name) ? o.withEnv(container, name, value) : o;
    }

    /**
     * {@link #envIfPresent} for each of {@code values} in turn, as one edit: a DaemonSet's main
     * container gets one copy of its path instead of one per variable. Falls back to one edit per
     * variable where the container is not a main container of a {@code spec.template} pod spec.
     */
    public static KubeObject envsIfPresent(KubeObject o, String container, Map<String, String> values) {
        Map<String, Object> c = o.container(container).orElse(null);
        if (c == null) {
            return o;
        }
        int at = -1;
        if (o.get("spec.template.spec.containers").orElse(null) instanceof List<?> containers) {
            for (int i = 0; i < containers.size() && at < 0; i++) {
                if (containers.get(i) instanceof Map<?, ?> m && container.equals(m.get("name"))) {
                    at = i;
                }
            }
        }
        Object found = at < 0 ? null : ((List<?>) o.get("spec.template.spec.containers").orElseThrow()).get(at);
        if (found != c) {
            // an init container, or another kind of pod template: the general edit finds it
            KubeObject out = o;
            for (Map.Entry<String, String> e : values.entrySet()) {
                out = envIfPresent(out, container, e.getKey(), e.getValue());
            }
            return out;
        }
        if (!(c.get("env") instanceof List<?> before)) {
            return o;
        }
        List<Object> env = new ArrayList<>(before);
        boolean changed = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            for (int i = 0; i < env.size(); i++) {
                if (env.get(i) instanceof Map<?, ?> m && e.getKey().equals(m.get("name"))) {
                    // as KubeObject.withEnv: the entry becomes exactly {name, value} (unless it is already)
                    if (m.size() != 2 || !m.containsKey("value") || !java.util.Objects.equals(e.getValue(), m.get("value"))) {
                        Map<String, Object> entry = new java.util.LinkedHashMap<>();
                        entry.put("name", e.getKey());
                        entry.put("value", e.getValue());
                        env.set(i, entry);
                        changed = true;
                    }
                    break;
                }
            }
        }
        return changed ? o.with("spec.template.spec.containers[" + at + "].env", env) : o;
    }

    /**
     * Inserts env var {@code name} of (main) container {@code container}, read from key {@code key} of
     * ConfigMap {@code configMap}, before its env var {@code before} (at the end when it has none),
     * where kops' Calico and Canal templates put {@code FELIX_TYPHAK8SSERVICENAME}.
     */
    public static KubeObject envFromConfigMapBefore(KubeObject o, String container, String name, String configMap,
            String key, String before) {
        List<Object> env = new ArrayList<>((List<?>) o.container(container).orElseThrow().getOrDefault("env", List.of()));
        int at = env.size();
        for (int i = 0; i < env.size(); i++) {
            if (env.get(i) instanceof Map<?, ?> e && before.equals(e.get("name"))) {
                at = i;
            }
        }
        env.add(at, Map.of("name", name, "valueFrom", Map.of("configMapKeyRef", Map.of("key", key, "name", configMap))));
        return o.with("spec.template.spec.containers[" + o.containerNames().indexOf(container) + "].env", env);
    }

    /**
     * Env var {@code name} = {@code value} of (main) container {@code container}: replaced where it is, otherwise
     * inserted right after its env var {@code after} (at the end when it has none), where a template writes a
     * variable only when its option is set.
     */
    public static KubeObject envAfter(KubeObject o, String container, String name, String value, String after) {
        if (hasEnv(o, container, name)) {
            return o.withEnv(container, name, value);
        }
        List<Object> env = new ArrayList<>((List<?>) o.container(container).orElseThrow().getOrDefault("env", List.of()));
        int at = env.size();
        for (int i = 0; i < env.size(); i++) {
            if (env.get(i) instanceof Map<?, ?> e && after.equals(e.get("name"))) {
                at = i + 1;
            }
        }
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("name", name);
        entry.put("value", value);
        env.add(at, entry);
        return o.with("spec.template.spec.containers[" + o.containerNames().indexOf(container) + "].env", env);
    }

    /** Replaces the image's registry and tag ({@code registry/repo:tag}) where given. */
    public static String image(String image, String registry, String tag) {
        String out = image;
        if (tag != null) {
            int colon = out.lastIndexOf(':');
            out = (colon > out.lastIndexOf('/') ? out.substring(0, colon) : out) + ":" + tag;
        }
        if (registry != null) {
            int slash = out.indexOf('/');
            out = registry + (slash >= 0 ? out.substring(slash) : "/" + out);
        }
        return out;
    }

    /**
     * Whether {@code q} is 1 to {@code maxDigits} ASCII digits (the regular expression
     * {@code [0-9]{1,maxDigits}}, checked without one: renders ask it for every resource quantity).
     */
    public static boolean digits(String q, int maxDigits) {
        if (q.isEmpty() || q.length() > maxDigits) {
            return false;
        }
        for (int i = 0; i < q.length(); i++) {
            if (q.charAt(i) < '0' || q.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
