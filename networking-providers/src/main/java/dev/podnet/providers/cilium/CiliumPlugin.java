package dev.podnet.providers.cilium;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Cilium: lifecycle, names, defaults (from {@code dev/podnet/providers/cilium/provider.yaml}) and validation
 * rules ({@link CiliumRules}), registered once.
 */
public final class CiliumPlugin extends TablePlugin {
    public CiliumPlugin() {
        super(ProviderKind.CILIUM, "cilium", new CiliumRules());
    }
}
