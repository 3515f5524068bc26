package dev.podnet.providers.calico;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Calico: lifecycle, names, defaults (from {@code dev/podnet/providers/calico/provider.yaml}) and validation
 * rules ({@link CalicoRules}), registered once.
 */
public final class CalicoPlugin extends TablePlugin {
    /**
     * Creates the Calico plugin with its rules ({@link CalicoRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public CalicoPlugin() {
        super(ProviderKind.CALICO, "calico");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new CalicoRules();
    }
}
