package dev.podnet.manifests;

import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.RenderCaches;

/**
 * Describes one provider's node-level needs. Found through {@link java.util.ServiceLoader}, keyed
 * by {@link #kind()}; every provider has one. Stateless and thread-safe.
 */
public interface NodeConfigProvider {
    ProviderKind kind();

    NodeNetworkConfig nodeConfig(Cluster completed, KopsVersion release, RenderCaches caches);
}
