package dev.podnet.providers.lyftvpc;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * LyftVpc: lifecycle, names, defaults (from {@code dev/podnet/providers/lyftvpc/provider.yaml}) and validation
 * rules ({@link LyftVpcRules}), registered once.
 */
public final class LyftVpcPlugin extends TablePlugin {
    /**
     * Creates the Lyft VPC plugin with its rules ({@link LyftVpcRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public LyftVpcPlugin() {
        super(ProviderKind.LYFT_VPC, "lyftvpc");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new LyftVpcRules();
    }
}
