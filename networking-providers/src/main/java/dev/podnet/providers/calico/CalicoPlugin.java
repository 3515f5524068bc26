package dev.podnet.providers.calico;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Calico: lifecycle, names, defaults (from {@code dev/podnet/providers/calico/provider.yaml}) and validation
 * rules ({@link CalicoRules}), registered once.
 */
public final class CalicoPlugin extends TablePlugin {
    public CalicoPlugin() {
        super(ProviderKind.CALICO, "calico", new CalicoRules());
    }
}
