package dev.podnet.manifests.cni;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;

/** A CNI the user installs: kubelet gets the instance's address when {@code usesSecondaryIP} is set. */
final class CniNode implements NodeHooks {
    static final NodeHooks HOOKS = new CniNode();

    private CniNode() {
    }

    @Override
    public boolean usesSecondaryIP(Cluster c, NodeFacts f) {
        return c.networking().provider().filter(CniSpec.class::isInstance).map(CniSpec.class::cast)
                .flatMap(CniSpec::usesSecondaryIP).orElse(false);
    }
}
