package dev.podnet.api.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One kind of a channel entry's {@code prune} block ({@link ChannelEntry#pruneKinds()}): kops' channels tool deletes the
 * objects of this kind that carry the addon's labels but are no longer in its manifest.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface PruneKind {
    /** {@return the API group, e.g. {@code apps}; empty for the core group} */
    Optional<String> group();

    /** {@return the kind, e.g. {@code DaemonSet}} */
    String kind();

    /**
     * The objects kops prunes, e.g. {@code addon.kops.k8s.io/name=networking.flannel,app.kubernetes.io/managed-by=kops}.
     *
     * @return the label selector
     */
    String labelSelector();

    /**
     * The namespaces the manifest holds objects of this kind in, sorted; empty for a kind the manifest has none of
     * (or a cluster-scoped kind).
     *
     * @return the namespaces kops prunes in
     */
    List<String> namespaces();

    /**
     * The kind as the channel YAML holds it.
     *
     * @return an ordered map of its keys, sorted as kops writes them; absent group and empty namespaces left out
     */
    default Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        group().ifPresent(g -> m.put("group", g));
        m.put("kind", kind());
        m.put("labelSelector", labelSelector());
        if (!namespaces().isEmpty()) m.put("namespaces", List.copyOf(namespaces()));
        return m;
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutablePruneKind.Builder {
        Builder() {
        }
    }
}
