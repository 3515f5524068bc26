package dev.podnet.providers.cilium;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Cilium: lifecycle, names, defaults (from {@code dev/podnet/providers/cilium/provider.yaml}) and validation
 * rules ({@link CiliumRules}), registered once.
 */
public final class CiliumPlugin extends TablePlugin {
    /**
     * Creates the Cilium plugin with its rules ({@link CiliumRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public CiliumPlugin() {
        super(ProviderKind.CILIUM, "cilium");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new CiliumRules();
    }
}
