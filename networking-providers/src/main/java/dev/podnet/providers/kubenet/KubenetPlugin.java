package dev.podnet.providers.kubenet;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Kubenet: lifecycle, names, defaults (from {@code dev/podnet/providers/kubenet/provider.yaml}) and validation
 * rules ({@link KubenetRules}), registered once.
 */
public final class KubenetPlugin extends TablePlugin {
    public KubenetPlugin() {
        super(ProviderKind.KUBENET, "kubenet", new KubenetRules());
    }
}
