package dev.podnet.manifests.gcp;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.manifests.internal.RenderCaches;

/**
 * gce (IP-alias) networking: pods get VPC-native alias IPs and kops installs no networking addon;
 * kube-controller-manager uses the cloud allocator. Stateless and thread-safe.
 */
public final class GcpRenderer implements ProviderRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.GCP;
    }

    /** No addon: guidance saying why there is no manifest and what the operator does. */
    @Override
    public RenderResult render(Cluster c, KopsVersion release, RenderStyle style, RenderCaches caches) {
        RenderResult.Builder out = RenderResult.builder();
        String podCIDR = c.networking().podCIDR().orElse("<spec.podCIDR>");
        out.addGuidance("gce (IP-alias) networking has no manifest: pods get VPC-native alias IPs from the subnet's "
                + "secondary range for pods (" + podCIDR + ")");
        out.addGuidance("kube-controller-manager uses cidrAllocatorType=CloudAllocator and configureCloudRoutes=false; "
                + "nodes are configured as for kubenet");
        return out.build();
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return GcpNode.HOOKS;
    }
}
