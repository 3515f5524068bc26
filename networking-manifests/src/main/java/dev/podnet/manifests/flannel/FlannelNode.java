package dev.podnet.manifests.flannel;

import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;

/** Flannel on the nodes: the bridge sysctls nodeup sets on some distributions. */
final class FlannelNode implements NodeHooks {
    static final NodeHooks HOOKS = new FlannelNode();

    private FlannelNode() {
    }

    @Override
    public void sysctls(NodeNetworkConfig.Builder b, NodeFacts f) {
        b.addNotes("flannel with kube-proxy iptables mode: nodeup sets net.bridge.bridge-nf-call-iptables=1 and "
                + "net.bridge.bridge-nf-call-ip6tables=1 on some distributions (CentOS/RHEL 7 in 1.18-1.22, "
                + "Amazon Linux 2 in 1.24-1.35)");
    }
}
