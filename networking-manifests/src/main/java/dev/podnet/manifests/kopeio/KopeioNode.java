package dev.podnet.manifests.kopeio;

import dev.podnet.manifests.internal.NodeHooks;

/** kopeio-vxlan: kubenet-style nodes (kops' {@code UsesKubenet()}). */
final class KopeioNode implements NodeHooks {
    static final NodeHooks HOOKS = new KopeioNode();

    private KopeioNode() {
    }

    @Override
    public boolean kubenetStyle() { return true; }
}
