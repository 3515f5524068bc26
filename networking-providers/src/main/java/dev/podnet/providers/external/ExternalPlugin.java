package dev.podnet.providers.external;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * External: lifecycle, names, defaults (from {@code dev/podnet/providers/external/provider.yaml}) and validation
 * rules ({@link ExternalRules}), registered once.
 */
public final class ExternalPlugin extends TablePlugin {
    /**
     * Creates the external plugin with its rules ({@link ExternalRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public ExternalPlugin() {
        super(ProviderKind.EXTERNAL, "external");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new ExternalRules();
    }
}
