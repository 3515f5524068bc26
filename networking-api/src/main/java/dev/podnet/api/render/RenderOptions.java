package dev.podnet.api.render;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link dev.podnet.Podnet#render(dev.podnet.Completion, RenderOptions)} renders: the style,
 * the patches applied to the rendered objects afterwards, in order, and what kops would ask the cloud
 * for (the {@linkplain #awsAccount() AWS account}).
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
     * The AWS account the cluster runs in. kops asks AWS for it; podnet does not guess it, so a render that names it
     * needs it here: on AWS with {@code spec.iam.useServiceAccountExternalPermissions: true}, kops (1.24 and later)
     * gives the kube-router DaemonSet the role ARN of its service account ({@code arn:<partition>:iam::<account>:role/
     * kube-router.kube-system.sa.<cluster>}). Such a render without it fails with a
     * {@link MissingRenderOptionException}; renders that do not need it ignore it.
     *
     * @return the AWS account; empty unless set
     */
    Optional<AwsAccount> awsAccount();

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
