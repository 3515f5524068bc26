package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;

/**
 * Everything podnet renders for one provider: its addons and guidance ({@link #render}) and its
 * node configuration ({@link #nodeConfig}). One per provider, in the provider's package
 * ({@code dev.podnet.manifests.<name>}), found through {@link java.util.ServiceLoader} and keyed by
 * {@link #kind()}. The cluster passed in is complete (defaults applied). Stateless and
 * thread-safe: whatever a render memoises goes into the engine's {@code caches}.
 */
public interface ProviderRenderer {
    ProviderKind kind();

    /** Whether {@link #render} gives the provider's networking addon (node-level providers give none). */
    default boolean rendersAddons() {
        return false;
    }

    /** The provider's addons and guidance; none by default (a provider kops only configures nodes for). */
    default RenderResult render(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches) {
        return RenderResult.builder().build();
    }

    /**
     * The provider's addons and guidance with the inputs of the options (the engine calls this one); by default
     * {@link #render(Cluster, KopsVersion, RenderStyle, RenderCaches)} in the options' style, for the providers
     * whose addons need nothing kops asks the cloud for.
     */
    default RenderResult render(Cluster completed, KopsVersion release, RenderOptions options, RenderCaches caches) {
        return render(completed, release, options.style(), caches);
    }

    /** What nodeup sets up on the nodes for this provider: the shared node configuration with its {@link #nodeHooks()}. */
    default NodeNetworkConfig nodeConfig(Cluster completed, KopsVersion release, RenderCaches caches) {
        return NodeConfigs.nodeConfig(kind(), nodeHooks(), completed, release, caches);
    }

    /** What the provider changes in the shared node configuration; nothing by default. */
    default NodeHooks nodeHooks() {
        return NodeHooks.NONE;
    }
}
