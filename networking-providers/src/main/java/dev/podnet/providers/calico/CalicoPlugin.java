package dev.podnet.providers.calico;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Calico: lifecycle, names and defaults from {@code dev/podnet/providers/calico/provider.yaml}. */
public final class CalicoPlugin extends TablePlugin {
    public CalicoPlugin() {
        super(ProviderKind.CALICO, "calico");
    }
}
