package dev.podnet.manifests;

import dev.podnet.api.Cluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The renderers of every provider, found through {@link ServiceLoader}. Opened by
 * {@link KopsRenderingEngineFactory} for one {@link dev.podnet.api.Podnet} facade; owns the
 * {@link RenderCaches} every render of that facade memoises into, released with it.
 */
final class KopsRenderingEngine implements RenderingEngine {
    private final Map<ProviderKind, ManifestRenderer> renderers;
    private final Map<ProviderKind, NodeConfigProvider> nodeConfigs;
    private final RenderCaches caches;

    KopsRenderingEngine(Map<ProviderKind, ManifestRenderer> renderers, Map<ProviderKind, NodeConfigProvider> nodeConfigs,
            RenderCaches caches) {
        this.renderers = renderers;
        this.nodeConfigs = nodeConfigs;
        this.caches = caches;
    }

    /** What this engine memoises (tests read its sizes). */
    RenderCaches caches() { return caches; }

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderStyle style) {
        ProviderKind kind = completed.networking().providerKind().orElseThrow(() -> new PodnetException(
                "cluster " + completed.name() + " has no networking provider: set one under spec.networking"));
        ManifestRenderer renderer = renderers.get(kind);
        RenderResult.Builder out = RenderResult.builder();
        if (renderer != null) out.from(renderer.render(completed, release, style, caches));
        NodeConfigProvider node = nodeConfigs.get(kind);
        if (node != null && !out.build().nodeConfig().isPresent()) {
            NodeNetworkConfig config = node.nodeConfig(completed, release, caches);
            out.nodeConfig(config);
        }
        return out.build();
    }

    @Override
    public boolean rendersManifest(ProviderKind kind) { return renderers.containsKey(kind); }

    static <T> Map<ProviderKind, T> load(Class<T> type, java.util.function.Function<T, ProviderKind> kindOf) {
        Map<ProviderKind, T> m = new EnumMap<>(ProviderKind.class);
        for (T t : ServiceLoader.load(type, KopsRenderingEngine.class.getClassLoader())) {
            ProviderKind k = kindOf.apply(t);
            if (m.putIfAbsent(k, t) != null) {
                throw new IllegalStateException("two " + type.getSimpleName() + "s for " + k + ": "
                        + m.get(k).getClass().getName() + " and " + t.getClass().getName());
            }
        }
        return Map.copyOf(m);
    }
}
