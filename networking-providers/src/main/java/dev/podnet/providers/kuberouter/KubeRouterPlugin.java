package dev.podnet.providers.kuberouter;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** KubeRouter: lifecycle, names and defaults from {@code dev/podnet/providers/kuberouter/provider.yaml}. */
public final class KubeRouterPlugin extends TablePlugin {
    public KubeRouterPlugin() {
        super(ProviderKind.KUBE_ROUTER, "kuberouter");
    }
}
