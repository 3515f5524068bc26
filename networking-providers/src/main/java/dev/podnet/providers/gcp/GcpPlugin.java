package dev.podnet.providers.gcp;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Gcp: lifecycle, names, defaults (from {@code dev/podnet/providers/gcp/provider.yaml}) and validation
 * rules ({@link GcpRules}), registered once.
 */
public final class GcpPlugin extends TablePlugin {
    public GcpPlugin() {
        super(ProviderKind.GCP, "gcp", new GcpRules());
    }
}
