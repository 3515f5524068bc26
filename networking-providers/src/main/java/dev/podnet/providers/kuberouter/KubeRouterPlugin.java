package dev.podnet.providers.kuberouter;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * KubeRouter: lifecycle, names, defaults (from {@code dev/podnet/providers/kuberouter/provider.yaml}) and validation
 * rules ({@link KubeRouterRules}), registered once.
 */
public final class KubeRouterPlugin extends TablePlugin {
    public KubeRouterPlugin() {
        super(ProviderKind.KUBE_ROUTER, "kuberouter", new KubeRouterRules());
    }
}
