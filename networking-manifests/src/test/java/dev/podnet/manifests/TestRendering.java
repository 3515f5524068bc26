package dev.podnet.manifests;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;

/**
 * The rendering engine without the facade's guard (complete, validate): the renderers' own tests
 * feed it hand-built or kops-completed clusters and check exactly what the renderers do with them.
 */
public final class TestRendering {
    private static final KopsRenderingEngineFactory FACTORY = new KopsRenderingEngineFactory();
    private final KopsVersion release;
    private final RenderingEngine engine = FACTORY.open(dev.podnet.api.Podnet.DEFAULT_CACHE_ENTRIES);

    private TestRendering(KopsVersion release) { this.release = release; }

    public static TestRendering forRelease(KopsVersion release) { return new TestRendering(release); }

    public RenderResult render(Cluster completed) { return render(completed, RenderStyle.KOPS); }

    public RenderResult render(Cluster completed, RenderStyle style) { return engine.render(completed, release, style); }

    public static boolean hasRenderer(ProviderKind kind) { return FACTORY.open(0).rendersManifest(kind); }
}
