package dev.podnet.api.render;

import java.util.List;
import org.immutables.value.Value;

/**
 * How {@link dev.podnet.Podnet#render(dev.podnet.Completion, RenderOptions)} renders: the style,
 * and the patches applied to the rendered objects afterwards, in order.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *         .addPatches(ManifestPatch.jsonPatch(PatchTarget.of("Deployment", "kube-system", "calico-kube-controllers"),
 *                 PatchOperation.replace("/spec/replicas", 2)))
 *         .build();
 * }</pre>
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface RenderOptions {
    /** @return the style; {@link RenderStyle#KOPS} unless set */
    @Value.Default
    default RenderStyle style() {
        return RenderStyle.KOPS;
    }

    /**
     * The patches applied to the rendered (packaged) objects, in order. Each addon's text, manifestHash and channel
     * entry are then those of the patched objects: the entry's {@code manifestHash} covers the patches and its prune
     * namespaces are those of the patched objects ({@link ChannelEntry#pruneKinds()}).
     *
     * @return the patches, applied in order after rendering
     */
    List<ManifestPatch> patches();

    /**
     * @param style a style
     * @return options with that style and no patches
     */
    static RenderOptions of(RenderStyle style) {
        return builder().style(style).build();
    }

    /** @return a builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RenderOptions}. */
    final class Builder extends ImmutableRenderOptions.Builder {
        Builder() {
        }
    }
}
