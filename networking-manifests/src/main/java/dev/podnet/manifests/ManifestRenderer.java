package dev.podnet.manifests;

import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.RenderCaches;

/**
 * Renders one provider. Found through {@link java.util.ServiceLoader}, keyed by {@link #kind()}.
 * The cluster passed in is complete (defaults applied). Stateless and thread-safe: whatever a
 * render memoises goes into the engine's {@code caches}.
 */
public interface ManifestRenderer {
    ProviderKind kind();

    RenderResult render(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches);
}
