package dev.podnet.providers.flannel;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Flannel: lifecycle, names, defaults (from {@code dev/podnet/providers/flannel/provider.yaml}) and validation
 * rules ({@link FlannelRules}), registered once.
 */
public final class FlannelPlugin extends TablePlugin {
    /**
     * Creates the Flannel plugin with its rules ({@link FlannelRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public FlannelPlugin() {
        super(ProviderKind.FLANNEL, "flannel");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new FlannelRules();
    }
}
