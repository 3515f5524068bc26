package dev.podnet.providers.gcp;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Gcp: lifecycle, names, defaults (from {@code dev/podnet/providers/gcp/provider.yaml}) and validation
 * rules ({@link GcpRules}), registered once.
 */
public final class GcpPlugin extends TablePlugin {
    /**
     * Creates the GCP (IP alias) plugin with its rules ({@link GcpRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public GcpPlugin() {
        super(ProviderKind.GCP, "gcp");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new GcpRules();
    }
}
