package dev.podnet.manifests.external;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.NodeConfigs;
import dev.podnet.manifests.internal.NodeFacts;

/**
 * external: the operator applies their own DaemonSet on top of the kubenet kubelet plugin; kops
 * configures the nodes as for kubenet without cloud routes. Which releases reject it is data
 * ({@code releases.yaml} beside {@link NodeConfigs}). Stateless and thread-safe.
 */
public final class ExternalRenderer implements ProviderRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.EXTERNAL;
    }

    /** No addon: guidance saying why there is no manifest and what the operator does. */
    @Override
    public RenderResult render(Cluster c, KopsVersion release, RenderStyle style, RenderCaches caches) {
        RenderResult.Builder out = RenderResult.builder();
        out.addGuidance("external has no manifest: apply your own DaemonSet that uses the kubenet kubelet plugin");
        out.addGuidance("kops configures the nodes as for kubenet, without cloud routes (configureCloudRoutes=false)");
        if (NodeFacts.at(release).externalRejected().holds(kind(), c, NodeConfigs.containerRuntime(c, release))) {
            out.addGuidance("kops " + release.line() + " rejects external for this cluster: use cni instead");
        }
        return out.build();
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return ExternalNode.HOOKS;
    }
}
