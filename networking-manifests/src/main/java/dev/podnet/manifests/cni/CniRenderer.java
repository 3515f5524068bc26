package dev.podnet.manifests.cni;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.manifests.internal.RenderCaches;

/**
 * cni (bring your own): kops installs no networking addon and configures the nodes for a CNI
 * plugin the operator applies. Stateless and thread-safe.
 */
public final class CniRenderer implements ProviderRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.CNI;
    }

    /** No addon: guidance saying why there is no manifest and what the operator does. */
    @Override
    public RenderResult render(Cluster c, KopsVersion release, RenderStyle style, RenderCaches caches) {
        RenderResult.Builder out = RenderResult.builder();
        String podCIDR = c.networking().podCIDR().orElse("<spec.podCIDR>");
        boolean secondary = c.networking().provider().filter(CniSpec.class::isInstance)
                .map(CniSpec.class::cast).flatMap(CniSpec::usesSecondaryIP).orElse(false);
        out.addGuidance("cni: kops installs no networking addon; nodes stay NotReady until you apply a CNI DaemonSet");
        out.addGuidance("your DaemonSet must give pods addresses from the cluster's pod CIDR " + podCIDR
                + " (each node's spec.podCIDR, allocated by kube-controller-manager)"
                + c.networking().nonMasqueradeCIDR().map(n -> "; nonMasqueradeCIDR is " + n).orElse(""));
        out.addGuidance("kops still configures: /etc/cni/net.d/ and the CNI plugin binaries in /opt/cni/bin/, kubelet "
                + "flags for the CNI plugin where the release sets them, configureCloudRoutes=false");
        out.addGuidance(secondary
                ? "usesSecondaryIP: true: kubelet gets --node-ip=<instance local IPv4> so the node keeps its "
                        + "primary address when the CNI attaches secondary interfaces or IPs"
                : "usesSecondaryIP is false: kubelet picks the node IP itself; set it to true if your CNI "
                        + "attaches secondary interfaces or IPs to the host");
        return out.build();
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return CniNode.HOOKS;
    }
}
