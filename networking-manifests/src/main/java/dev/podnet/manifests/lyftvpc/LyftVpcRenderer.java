package dev.podnet.manifests.lyftvpc;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.NodeFacts;

/**
 * Lyft VPC (until kops 1.22): no addon; nodeup installs the cni-ipvlan-vpc-k8s plugins and writes
 * their conflist (the node configuration). Stateless and thread-safe.
 */
public final class LyftVpcRenderer implements ProviderRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.LYFT_VPC;
    }

    /** No addon: guidance saying why there is no manifest and what the operator does. */
    @Override
    public RenderResult render(Cluster c, KopsVersion release, RenderStyle style, RenderCaches caches) {
        RenderResult.Builder out = RenderResult.builder();
        if (NodeFacts.at(release).lyftVpcRemoved()) {
            out.addGuidance("Lyft VPC was removed in kops 1.23: use amazonvpc or cilium with ipam: eni");
        } else {
            out.addGuidance("Lyft VPC has no manifest: nodeup installs the cni-ipvlan-vpc-k8s plugins and writes "
                    + "/etc/cni/net.d/10-cni-ipvlan-vpc-k8s.conflist; pods get IPs of ENIs in the tagged subnets");
        }
        return out.build();
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return LyftVpcNode.HOOKS;
    }
}
