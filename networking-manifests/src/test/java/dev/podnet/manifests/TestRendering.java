package dev.podnet.manifests;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;

/**
 * The rendering engine without the facade's guard (complete, validate): the renderers' own tests
 * feed it hand-built or kops-completed clusters and check exactly what the renderers do with them.
 * {@link #forRelease} renders through one engine with the default cache, shared by the test run
 * (as one long-lived facade would be); {@link #engine} opens others.
 */
public final class TestRendering {
    private static final KopsRenderingEngineFactory FACTORY = new KopsRenderingEngineFactory();
    private static final RenderingEngine SHARED = FACTORY.open(dev.podnet.Podnet.DEFAULT_CACHE_ENTRIES);
    private final KopsVersion release;
    private final RenderingEngine engine;

    private TestRendering(KopsVersion release, RenderingEngine engine) {
        this.release = release;
        this.engine = engine;
    }

    public static TestRendering forRelease(KopsVersion release) { return new TestRendering(release, SHARED); }

    /** Renders through {@code engine} (one of {@link #engine}). */
    public static TestRendering forRelease(KopsVersion release, RenderingEngine engine) {
        return new TestRendering(release, engine);
    }

    /** A new engine memoising at most {@code cacheEntries} entries per memo table. */
    public static RenderingEngine engine(int cacheEntries) { return FACTORY.open(cacheEntries); }

    /** The entries each memo table of {@code engine} (one of {@link #engine}) holds now, by memo name. */
    public static java.util.Map<String, Integer> cacheSizes(RenderingEngine engine) {
        return ((KopsRenderingEngine) engine).caches().sizes();
    }

    public RenderResult render(Cluster completed) { return render(completed, RenderStyle.KOPS); }

    public RenderResult render(Cluster completed, RenderStyle style) { return engine.render(completed, release, style); }

    /** Renders with the options' style and inputs (the AWS account); their patches are the facade's, not applied here. */
    public RenderResult render(Cluster completed, RenderOptions options) { return engine.render(completed, release, options); }

    public static boolean hasRenderer(ProviderKind kind) { return SHARED.rendersManifest(kind); }
}
