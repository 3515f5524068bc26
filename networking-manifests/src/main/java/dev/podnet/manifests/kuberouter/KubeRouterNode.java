package dev.podnet.manifests.kuberouter;

import dev.podnet.api.Cluster;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;
import java.util.Optional;

/** kube-router on the nodes: its kubeconfig and cloud permissions. */
final class KubeRouterNode implements NodeHooks {
    static final NodeHooks HOOKS = new KubeRouterNode();

    private KubeRouterNode() {
    }

    @Override
    public void files(NodeNetworkConfig.Builder b, Cluster c, NodeFacts f) {
        b.addNotes("nodeup writes /var/lib/kube-router/kubeconfig (mode 0400, client identity "
                + "CN=system:kube-router) before kubelet.service; the DaemonSet mounts it read-only");
    }

    @Override
    public Optional<String> iamKey(Cluster c) { return Optional.of("kuberouter"); }
}
