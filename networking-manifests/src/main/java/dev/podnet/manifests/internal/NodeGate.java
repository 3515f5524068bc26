package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.VersionRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A gate of the node facts ({@code networkPluginFlag}, {@code nonMasqueradeFlag}, {@code externalRejected}):
 * written {@code true} (every cluster), {@code false} or absent (none), or as conditions that must all hold.
 *
 * @param always whether the gate holds whatever the conditions (written {@code true})
 * @param never whether the gate holds for no cluster (written {@code false} or absent)
 * @param kubernetes the Kubernetes versions it holds for (an unknown version matches none)
 * @param providers the provider keys it holds for (empty: every provider)
 * @param runtime the container runtime it holds for
 */
public record NodeGate(boolean always, boolean never, Optional<VersionRange> kubernetes, List<String> providers,
        Optional<String> runtime) {
    static final NodeGate NEVER = new NodeGate(false, true, Optional.empty(), List.of(), Optional.empty());
    private static final NodeGate ALWAYS = new NodeGate(true, false, Optional.empty(), List.of(), Optional.empty());

    /** Reads the gate at {@code key} of {@code n}. */
    static NodeGate read(FactNode n, String key) {
        if (!n.has(key)) return NEVER;
        FactNode g = n.get(key);
        if (!g.isMapping()) return g.bool() ? ALWAYS : NEVER;
        g.onlyKeys(Set.of("kubernetes", "providers", "runtime"));
        for (String p : g.texts("providers")) {
            if (ProviderKind.byKey(p).isEmpty()) throw g.get("providers").fail("no provider " + p);
        }
        return new NodeGate(false, false, g.has("kubernetes") ? Optional.of(g.rangeText("kubernetes")) : Optional.empty(),
                g.texts("providers"),
                g.optionalText("runtime"));
    }

    /** Whether the gate holds for {@code kind} on cluster {@code c} whose nodes run {@code nodeRuntime}. */
    public boolean holds(ProviderKind kind, Cluster c, String nodeRuntime) {
        if (always || never) return always;
        if (kubernetes.isPresent() && !(c.kubernetes().isPresent() && kubernetes.get().contains(c.kubernetes().get()))) {
            return false;
        }
        if (!providers.isEmpty() && !providers.contains(kind.key())) return false;
        return runtime.isEmpty() || runtime.get().equals(nodeRuntime);
    }
}
