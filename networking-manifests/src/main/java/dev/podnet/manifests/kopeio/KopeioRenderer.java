package dev.podnet.manifests.kopeio;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.Manifest;

/**
 * Kopeio ({@code networking.kope.io/k8s-1.12}): a plain manifest kops does not template
 *; only the image follows the release.
 */
public final class KopeioRenderer extends DataRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.KOPEIO;
    }

    @Override
    protected String folder() {
        return "kopeio";
    }

    @Override
    protected String addonKey() {
        return "networking.kope.io";
    }

    @Override
    protected Manifest edit(Manifest base, RenderContext ctx) {
        return base;
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return KopeioNode.HOOKS;
    }
}
