package dev.podnet.manifests.kubenet;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.manifests.internal.RenderCaches;

/**
 * kubenet: kops installs no networking addon; nodeup sets up pod networking on the nodes
 * (kubelet's kubenet plugin, or containerd's CNI template with ptp + host-local) and the cloud
 * routes pod CIDRs. Node configuration: the shared kubenet-style one. Stateless and thread-safe.
 */
public final class KubenetRenderer implements ProviderRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.KUBENET;
    }

    /** No addon: guidance saying why there is no manifest and what the operator does. */
    @Override
    public RenderResult render(Cluster c, KopsVersion release, RenderStyle style, RenderCaches caches) {
        RenderResult.Builder out = RenderResult.builder();
        String podCIDR = c.networking().podCIDR().orElse("<spec.podCIDR>");
        out.addGuidance("kubenet has no manifest: pod networking is set up on the nodes by nodeup (kubelet kubenet, "
                + "or containerd's CNI template with ptp + host-local) and routed by the cloud");
        out.addGuidance("kube-controller-manager allocates each node a pod CIDR from " + podCIDR
                + " and configures cloud routes for it (configureCloudRoutes=true)");
        return out.build();
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return KubenetNode.HOOKS;
    }
}
