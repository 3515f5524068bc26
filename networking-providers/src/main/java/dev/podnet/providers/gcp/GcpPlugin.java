package dev.podnet.providers.gcp;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Gcp: lifecycle, names and defaults from {@code dev/podnet/providers/gcp/provider.yaml}. */
public final class GcpPlugin extends TablePlugin {
    public GcpPlugin() {
        super(ProviderKind.GCP, "gcp");
    }
}
