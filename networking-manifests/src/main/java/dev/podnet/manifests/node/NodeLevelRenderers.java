package dev.podnet.manifests.node;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.ManifestRenderer;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Renderers of the providers kops installs no networking addon for: {@code kubenet},
 * {@code external}, {@code gce}/{@code gcp}, {@code lyftvpc} (node-level) and {@code cni} (bring
 * your own). Each returns no addon, the node configuration, and guidance as data saying why there
 * is no manifest and what the operator must do. Stateless and thread-safe.
 */
public final class NodeLevelRenderers {

    private NodeLevelRenderers() {
    }

    /**
     * The guidance lines for {@code kind} (no manifest; what kops configures; what the operator does).
     * Which releases reject a provider is data: {@code releases.yaml} beside {@link NodeConfigs}.
     */
    public static List<String> guidance(ProviderKind kind, Cluster c, KopsVersion release) {
        List<String> g = new ArrayList<>();
        String podCIDR = c.networking().podCIDR().orElse("<spec.podCIDR>");
        switch (kind) {
            case KUBENET -> {
                g.add("kubenet has no manifest: pod networking is set up on the nodes by nodeup (kubelet kubenet, "
                        + "or containerd's CNI template with ptp + host-local) and routed by the cloud");
                g.add("kube-controller-manager allocates each node a pod CIDR from " + podCIDR
                        + " and configures cloud routes for it (configureCloudRoutes=true)");
            }
            case EXTERNAL -> {
                g.add("external has no manifest: apply your own DaemonSet that uses the kubenet kubelet plugin");
                g.add("kops configures the nodes as for kubenet, without cloud routes (configureCloudRoutes=false)");
                if (NodeConfigs.holds(NodeConfigs.facts(release), "externalRejected", kind, c,
                        NodeConfigs.containerRuntime(c, release))) {
                    g.add("kops " + release.line() + " rejects external for this cluster: use cni instead");
                }
            }
            case GCP -> {
                g.add("gce (IP-alias) networking has no manifest: pods get VPC-native alias IPs from the subnet's "
                        + "secondary range for pods (" + podCIDR + ")");
                g.add("kube-controller-manager uses cidrAllocatorType=CloudAllocator and configureCloudRoutes=false; "
                        + "nodes are configured as for kubenet");
            }
            case LYFT_VPC -> {
                if (NodeConfigs.facts(release).flag("lyftVpcRemoved")) {
                    g.add("Lyft VPC was removed in kops 1.23: use amazonvpc or cilium with ipam: eni");
                } else {
                    g.add("Lyft VPC has no manifest: nodeup installs the cni-ipvlan-vpc-k8s plugins and writes "
                            + "/etc/cni/net.d/10-cni-ipvlan-vpc-k8s.conflist; pods get IPs of ENIs in the tagged subnets");
                }
            }
            case CNI -> {
                boolean secondary = c.networking().provider().filter(CniSpec.class::isInstance)
                        .map(CniSpec.class::cast).flatMap(CniSpec::usesSecondaryIP).orElse(false);
                g.add("cni: kops installs no networking addon; nodes stay NotReady until you apply a CNI DaemonSet");
                g.add("your DaemonSet must give pods addresses from the cluster's pod CIDR " + podCIDR
                        + " (each node's spec.podCIDR, allocated by kube-controller-manager)"
                        + c.networking().nonMasqueradeCIDR().map(n -> "; nonMasqueradeCIDR is " + n).orElse(""));
                g.add("kops still configures: /etc/cni/net.d/ and the CNI plugin binaries in /opt/cni/bin/, kubelet "
                        + "flags for the CNI plugin where the release sets them, configureCloudRoutes=false");
                g.add(secondary
                        ? "usesSecondaryIP: true: kubelet gets --node-ip=<instance local IPv4> so the node keeps its "
                                + "primary address when the CNI attaches secondary interfaces or IPs"
                        : "usesSecondaryIP is false: kubelet picks the node IP itself; set it to true if your CNI "
                                + "attaches secondary interfaces or IPs to the host");
            }
            default -> g.add(kind.key() + " renders no manifest in podnet");
        }
        return g;
    }

    abstract static class Base implements ManifestRenderer {
        private final ProviderKind kind;

        Base(ProviderKind kind) { this.kind = kind; }

        @Override
        public final ProviderKind kind() { return kind; }

        @Override
        public final RenderResult render(Cluster completed, KopsVersion release, RenderStyle style,
                RenderCaches caches) {
            NodeNetworkConfig node = NodeConfigs.nodeConfig(kind, completed, release, caches);
            return RenderResult.builder()
                    .nodeConfig(node)
                    .guidance(guidance(kind, completed, release))
                    .build();
        }
    }

    public static final class Kubenet extends Base { public Kubenet() { super(ProviderKind.KUBENET); } }
    public static final class External extends Base { public External() { super(ProviderKind.EXTERNAL); } }
    public static final class Gcp extends Base { public Gcp() { super(ProviderKind.GCP); } }
    public static final class LyftVpc extends Base { public LyftVpc() { super(ProviderKind.LYFT_VPC); } }
    public static final class Cni extends Base { public Cni() { super(ProviderKind.CNI); } }
}
