package dev.podnet.manifests.gcp;

import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.NodeHooks;

/** GCE's IP aliases: kubenet-style nodes, pod ranges allocated by the cloud. */
final class GcpNode implements NodeHooks {
    static final NodeHooks HOOKS = new GcpNode();

    private GcpNode() {
    }

    @Override
    public boolean kubenetStyle() { return true; }

    @Override
    public void controllerManager(NodeNetworkConfig.Builder b) { b.addControllerManagerFlags("cidrAllocatorType=CloudAllocator"); }
}
