package dev.podnet.manifests.kubenet;

import dev.podnet.api.Cluster;
import dev.podnet.manifests.internal.NodeHooks;
import java.util.Optional;

/** Kubenet: kubenet-style nodes, cloud routes, their cloud permissions. */
final class KubenetNode implements NodeHooks {
    static final NodeHooks HOOKS = new KubenetNode();

    private KubenetNode() {
    }

    @Override
    public boolean kubenetStyle() { return true; }

    @Override
    public boolean configuresCloudRoutes() { return true; }

    @Override
    public Optional<String> iamKey(Cluster c) { return Optional.of("kubenet"); }
}
