package dev.podnet.api.render;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything rendering produces for one cluster: the addons (none for node-level providers; kops
 * 1.18 renders one per Kubernetes range), the node configuration, and operator guidance (for
 * {@code cni}: nodes stay NotReady until a CNI DaemonSet is applied).
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface RenderResult {
    /** {@return the rendered networking addons, in order; empty when the provider has none (e.g. kubenet)} */
    List<RenderedAddon> addons();

    /** {@return what the provider needs on the nodes; empty when nothing} */
    Optional<NodeNetworkConfig> nodeConfig();

    /**
     * Lines for the operator, e.g. why there is no manifest.
     *
     * @return one line per piece of guidance; empty when there is nothing to add
     */
    List<String> guidance();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableRenderResult.Builder {
        Builder() {
        }
    }
}
