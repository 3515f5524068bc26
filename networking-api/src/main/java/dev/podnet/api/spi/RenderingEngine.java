package dev.podnet.api.spi;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import java.util.List;
import java.util.Map;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;

/**
 * Renders completed clusters. One instance belongs to one {@link dev.podnet.Podnet} facade and
 * owns whatever it memoises (bounded by the cache size it was opened with); it is released with
 * the facade. Implementations are thread-safe. Callers use {@link dev.podnet.Podnet#render}, which
 * completes and validates first; an engine trusts its input.
 */
public interface RenderingEngine {
    /**
     * The addons, node configuration and guidance for a completed, valid cluster, in the options' style with the
     * inputs they give (the AWS account); their patches are not applied here (the facade applies them afterwards,
     * through {@link #repackage}).
     *
     * @param completed a completed, valid cluster
     * @param release the release
     * @param options the style and the inputs kops would ask the cloud for
     * @return the rendered addons and node configuration
     * @throws dev.podnet.api.render.MissingRenderOptionException if the render needs an input the options lack
     */
    RenderResult render(Cluster completed, KopsVersion release, RenderOptions options);

    /**
     * As {@link #render(Cluster, KopsVersion, RenderOptions)} with the style alone.
     *
     * @param completed a completed, valid cluster
     * @param release the release
     * @param style how the manifests are written
     * @return the rendered addons and node configuration
     */
    default RenderResult render(Cluster completed, KopsVersion release, RenderStyle style) {
        return render(completed, release, RenderOptions.of(style));
    }

    /**
     * The addon with its objects replaced by {@code documents} (the rendered objects after
     * post-render patches), packaged again as this engine packages a render at {@code release}: the
     * YAML text, the manifestHash over it and the channel entry carrying that hash.
     *
     * @param addon an addon this engine rendered at {@code release}
     * @param documents its objects after patching, in order
     * @param release the release it was rendered at
     * @return the re-packaged addon
     */
    RenderedAddon repackage(RenderedAddon addon, List<Map<String, Object>> documents, KopsVersion release);

    /**
     * Whether this engine has a manifest renderer for the provider (node-level providers have none).
     *
     * @param kind the provider
     * @return whether a manifest renderer exists for it
     */
    boolean rendersManifest(ProviderKind kind);
}
