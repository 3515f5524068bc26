package dev.podnet.manifests;

import dev.podnet.manifests.internal.AddonPackager;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link ProviderRenderer}s of every provider, found through {@link ServiceLoader}. Opened by
 * {@link KopsRenderingEngineFactory} for one {@link dev.podnet.Podnet} facade; owns the
 * {@link RenderCaches} every render of that facade memoises into, released with it.
 */
final class KopsRenderingEngine implements RenderingEngine {
    private final Map<ProviderKind, ProviderRenderer> providers;
    private final RenderCaches caches;

    KopsRenderingEngine(Map<ProviderKind, ProviderRenderer> providers, RenderCaches caches) {
        this.providers = providers;
        this.caches = caches;
    }

    /** What this engine memoises (tests read its sizes). */
    RenderCaches caches() { return caches; }

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderOptions options) {
        RenderResult.Builder out = RenderResult.builder();
        // no provider: kops from 1.28 accepts the cluster and its channel holds no networking addon (kops-oracle,
        // scripts/oracle/no-provider); earlier releases refuse it at strict validation, before rendering
        if (completed.networking().providerKind().isEmpty()) return out.build();
        ProviderRenderer provider = providers.get(completed.networking().providerKind().get());
        if (provider != null) {
            RenderResult rendered = provider.render(completed, release, options, caches);
            out.from(rendered);
            if (rendered.nodeConfig().isEmpty()) {
                out.nodeConfig(provider.nodeConfig(completed, release, caches));
            }
        }
        return out.build();
    }

    @Override
    public RenderedAddon repackage(RenderedAddon addon, List<Map<String, Object>> documents, KopsVersion release) {
        return AddonPackager.repack(addon, documents, release);
    }

    @Override
    public boolean rendersManifest(ProviderKind kind) {
        ProviderRenderer provider = providers.get(kind);
        return provider != null && provider.rendersAddons();
    }

    /** The registered providers, one per kind. */
    static Map<ProviderKind, ProviderRenderer> load() {
        Map<ProviderKind, ProviderRenderer> m = new EnumMap<>(ProviderKind.class);
        for (ProviderRenderer p : ServiceLoader.load(ProviderRenderer.class, KopsRenderingEngine.class.getClassLoader())) {
            if (m.putIfAbsent(p.kind(), p) != null) {
                throw new IllegalStateException("two ProviderRenderers for " + p.kind() + ": "
                        + m.get(p.kind()).getClass().getName() + " and " + p.getClass().getName());
            }
        }
        return Map.copyOf(m);
    }
}
