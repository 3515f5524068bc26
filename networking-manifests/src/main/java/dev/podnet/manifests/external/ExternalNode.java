package dev.podnet.manifests.external;

import dev.podnet.manifests.internal.NodeHooks;

/** External networking: kubenet-style nodes (kops' {@code UsesKubenet()}). */
final class ExternalNode implements NodeHooks {
    static final NodeHooks HOOKS = new ExternalNode();

    private ExternalNode() {
    }

    @Override
    public boolean kubenetStyle() { return true; }
}
