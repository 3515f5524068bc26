package dev.podnet.manifests;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.spi.RenderingEngineFactory;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.Map;

/** Opens {@link KopsRenderingEngine}s; registered for {@link java.util.ServiceLoader}. */
public final class KopsRenderingEngineFactory implements RenderingEngineFactory {
    private final Map<ProviderKind, ManifestRenderer> renderers =
            KopsRenderingEngine.load(ManifestRenderer.class, ManifestRenderer::kind);
    private final Map<ProviderKind, NodeConfigProvider> nodeConfigs =
            KopsRenderingEngine.load(NodeConfigProvider.class, NodeConfigProvider::kind);

    @Override
    public RenderingEngine open(int cacheEntries) {
        if (cacheEntries < 0) throw new IllegalArgumentException("cacheEntries must be >= 0, got " + cacheEntries);
        return new KopsRenderingEngine(renderers, nodeConfigs, RenderCaches.withCapacity(cacheEntries));
    }
}
