package dev.podnet.manifests.romana;

import dev.podnet.api.Cluster;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;

/** Romana on the nodes: its agent writes its own CNI config. */
final class RomanaNode implements NodeHooks {
    static final NodeHooks HOOKS = new RomanaNode();

    private RomanaNode() {
    }

    @Override
    public void files(NodeNetworkConfig.Builder b, Cluster c, NodeFacts f) {
        b.addNotes("Romana's agent DaemonSet writes its own CNI config; nodeup adds nothing else");
    }
}
