package dev.podnet.api.render;

import java.util.Objects;
import java.util.Optional;

/**
 * The one rendered object a {@link ManifestPatch} edits: its kind, namespace (none for
 * cluster-scoped objects) and name. Immutable.
 */
public final class PatchTarget {
    private final String kind;
    private final Optional<String> namespace;
    private final String name;

    private PatchTarget(String kind, Optional<String> namespace, String name) {
        this.kind = requireText(kind, "kind");
        this.namespace = namespace;
        this.name = requireText(name, "name");
    }

    /**
     * @param kind a Kubernetes kind, e.g. {@code DaemonSet}
     * @param namespace its {@code metadata.namespace}, e.g. {@code kube-system}
     * @param name its {@code metadata.name}
     * @return the target
     */
    public static PatchTarget of(String kind, String namespace, String name) {
        return new PatchTarget(kind, Optional.of(requireText(namespace, "namespace")), name);
    }

    /**
     * @param kind a cluster-scoped kind, e.g. {@code ClusterRole}
     * @param name its {@code metadata.name}
     * @return the target: an object of that kind and name without a namespace
     */
    public static PatchTarget clusterScoped(String kind, String name) {
        return new PatchTarget(kind, Optional.empty(), name);
    }

    /** @return the kind */
    public String kind() {
        return kind;
    }

    /** @return the namespace; empty for a cluster-scoped object */
    public Optional<String> namespace() {
        return namespace;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /**
     * @param object a rendered object
     * @return whether it is this target (same kind, namespace and name)
     */
    public boolean matches(ObjectView object) {
        return object.kind().equals(kind) && object.name().equals(name) && object.namespace().equals(namespace);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchTarget t && t.kind.equals(kind) && t.namespace.equals(namespace) && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, namespace, name);
    }

    /** @return {@code DaemonSet kube-system/calico-node}, or {@code ClusterRole calico-node} */
    @Override
    public String toString() {
        return kind + " " + namespace.map(n -> n + "/").orElse("") + name;
    }

    private static String requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) throw new IllegalArgumentException("a patch target needs a " + what);
        return s;
    }
}
