package dev.podnet.providers.kuberouter;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * KubeRouter: lifecycle, names, defaults (from {@code dev/podnet/providers/kuberouter/provider.yaml}) and validation
 * rules ({@link KubeRouterRules}), registered once.
 */
public final class KubeRouterPlugin extends TablePlugin {
    /**
     * Creates the kube-router plugin with its rules ({@link KubeRouterRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public KubeRouterPlugin() {
        super(ProviderKind.KUBE_ROUTER, "kuberouter");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new KubeRouterRules();
    }
}
