package dev.podnet.manifests.cilium;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;
import java.util.Optional;

/** Cilium on the nodes: its sysctls and notes, and with {@code ipam: eni} the instance's secondary IPs and ENI permissions. */
final class CiliumNode implements NodeHooks {
    static final NodeHooks HOOKS = new CiliumNode();

    private CiliumNode() {
    }

    @Override
    public boolean usesSecondaryIP(Cluster c, NodeFacts f) { return eni(c); }

    @Override
    public void sysctls(NodeNetworkConfig.Builder b, NodeFacts f) {
        b.putAllSysctls(f.ciliumSysctls());
    }

    @Override
    public boolean skipsCniAssets(NodeFacts f) { return f.cniAssetsSkipped().contains("cilium"); }

    @Override
    public void files(NodeNetworkConfig.Builder b, Cluster c, NodeFacts f) { b.addAllNotes(f.ciliumNotes()); }

    @Override
    public Optional<String> iamKey(Cluster c) { return eni(c) ? Optional.of("ciliumEni") : Optional.empty(); }

    private static boolean eni(Cluster c) {
        return c.networking().provider().orElse(null) instanceof CiliumSpec s && "eni".equals(s.ipam().orElse(null));
    }
}
