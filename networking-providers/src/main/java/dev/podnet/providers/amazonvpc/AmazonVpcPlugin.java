package dev.podnet.providers.amazonvpc;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * AmazonVpc: lifecycle, names, defaults (from {@code dev/podnet/providers/amazonvpc/provider.yaml}) and validation
 * rules ({@link AmazonVpcRules}), registered once.
 */
public final class AmazonVpcPlugin extends TablePlugin {
    public AmazonVpcPlugin() {
        super(ProviderKind.AMAZON_VPC, "amazonvpc", new AmazonVpcRules());
    }
}
