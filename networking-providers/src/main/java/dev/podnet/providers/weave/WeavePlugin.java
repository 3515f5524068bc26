package dev.podnet.providers.weave;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Weave: lifecycle, names, defaults (from {@code dev/podnet/providers/weave/provider.yaml}) and validation
 * rules ({@link WeaveRules}), registered once.
 */
public final class WeavePlugin extends TablePlugin {
    /**
     * Creates the Weave plugin with its rules ({@link WeaveRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public WeavePlugin() {
        super(ProviderKind.WEAVE, "weave");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new WeaveRules();
    }
}
