package dev.podnet.providers.validation.cni;

import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.validation.internal.BaseRules;
import dev.podnet.providers.validation.internal.Ctx;
import dev.podnet.providers.validation.internal.Findings;

/** Bring-your-own CNI: no rules of its own (IPv6 allowed, any cloud); only the one-provider rule applies. */
public final class CniRules extends BaseRules<CniSpec> {
    public CniRules() { super(ProviderKind.CNI, CniSpec.class); }

    @Override
    protected void check(Ctx ctx, CniSpec c, Findings out) {
        // nothing: kops validates no cni field
    }
}
