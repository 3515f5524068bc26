package dev.podnet.providers.cni;

import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Findings;

/** Bring-your-own CNI: no rules of its own (IPv6 allowed, any cloud); only the one-provider rule applies. */
public final class CniRules extends SpecRules<CniSpec> {
    /** Creates the CNI rules; {@link CniPlugin} holds the instance that validates clusters. */
    public CniRules() { super(ProviderKind.CNI, CniSpec.class); }

    @Override
    protected void check(RuleContext ctx, CniSpec c, Findings out) {
        // nothing: kops validates no cni field
    }
}
