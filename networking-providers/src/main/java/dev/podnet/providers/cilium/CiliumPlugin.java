package dev.podnet.providers.cilium;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Cilium: lifecycle, names and defaults from {@code dev/podnet/providers/cilium/provider.yaml}. */
public final class CiliumPlugin extends TablePlugin {
    public CiliumPlugin() {
        super(ProviderKind.CILIUM, "cilium");
    }
}
