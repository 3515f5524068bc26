package dev.podnet.manifests.amazonvpc;

import dev.podnet.api.Cluster;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;
import java.util.Optional;

/** Amazon VPC CNI on the nodes: the instance's secondary IPs, its own CNI assets, its cloud permissions. */
final class AmazonVpcNode implements NodeHooks {
    static final NodeHooks HOOKS = new AmazonVpcNode();

    private AmazonVpcNode() {
    }

    @Override
    public boolean usesSecondaryIP(Cluster c, NodeFacts f) { return true; }

    @Override
    public boolean skipsCniAssets(NodeFacts f) { return f.cniAssetsSkipped().contains("amazonvpc"); }

    @Override
    public Optional<String> iamKey(Cluster c) { return Optional.of("amazonvpc"); }
}
