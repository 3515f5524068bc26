package dev.podnet.providers.kubenet;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Kubenet: lifecycle, names, defaults (from {@code dev/podnet/providers/kubenet/provider.yaml}) and validation
 * rules ({@link KubenetRules}), registered once.
 */
public final class KubenetPlugin extends TablePlugin {
    /**
     * Creates the kubenet plugin with its rules ({@link KubenetRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public KubenetPlugin() {
        super(ProviderKind.KUBENET, "kubenet");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new KubenetRules();
    }
}
