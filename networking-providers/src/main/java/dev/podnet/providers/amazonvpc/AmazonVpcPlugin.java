package dev.podnet.providers.amazonvpc;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * AmazonVpc: lifecycle, names, defaults (from {@code dev/podnet/providers/amazonvpc/provider.yaml}) and validation
 * rules ({@link AmazonVpcRules}), registered once.
 */
public final class AmazonVpcPlugin extends TablePlugin {
    /**
     * Creates the Amazon VPC plugin with its rules ({@link AmazonVpcRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public AmazonVpcPlugin() {
        super(ProviderKind.AMAZON_VPC, "amazonvpc", AmazonVpcRules::new);
    }
}
