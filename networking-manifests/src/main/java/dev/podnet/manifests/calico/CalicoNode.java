package dev.podnet.manifests.calico;

import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;

/** Calico on the nodes: kops' CNI assets are skipped where the release says so. */
final class CalicoNode implements NodeHooks {
    static final NodeHooks HOOKS = new CalicoNode();

    private CalicoNode() {
    }

    @Override
    public boolean skipsCniAssets(NodeFacts f) { return f.cniAssetsSkipped().contains("calico"); }
}
