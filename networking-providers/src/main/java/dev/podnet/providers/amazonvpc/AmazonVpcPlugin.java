package dev.podnet.providers.amazonvpc;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** AmazonVpc: lifecycle, names and defaults from {@code dev/podnet/providers/amazonvpc/provider.yaml}. */
public final class AmazonVpcPlugin extends TablePlugin {
    public AmazonVpcPlugin() {
        super(ProviderKind.AMAZON_VPC, "amazonvpc");
    }
}
