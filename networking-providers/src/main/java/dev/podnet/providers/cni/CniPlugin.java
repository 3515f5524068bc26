package dev.podnet.providers.cni;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Cni: lifecycle, names, defaults (from {@code dev/podnet/providers/cni/provider.yaml}) and validation
 * rules ({@link CniRules}), registered once.
 */
public final class CniPlugin extends TablePlugin {
    /**
     * Creates the CNI plugin with its rules ({@link CniRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public CniPlugin() {
        super(ProviderKind.CNI, "cni");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new CniRules();
    }
}
