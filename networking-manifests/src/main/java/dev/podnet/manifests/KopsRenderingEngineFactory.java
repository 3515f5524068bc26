package dev.podnet.manifests;

import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.spi.RenderingEngineFactory;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.Map;

/** Opens {@link KopsRenderingEngine}s; registered for {@link java.util.ServiceLoader}. */
public final class KopsRenderingEngineFactory implements RenderingEngineFactory {
    private final Map<ProviderKind, ProviderRenderer> providers = KopsRenderingEngine.load();

    @Override
    public RenderingEngine open(int cacheEntries) {
        if (cacheEntries < 0) throw new IllegalArgumentException("cacheEntries must be >= 0, got " + cacheEntries);
        return new KopsRenderingEngine(providers, RenderCaches.withCapacity(cacheEntries));
    }
}
