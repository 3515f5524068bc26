package dev.podnet.providers.kindnet;

import dev.podnet.api.provider.KindnetSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;
import dev.podnet.api.internal.IpNetwork;

/** kindnet (kops 1.32+): the non-masquerade CIDRs must parse when masquerading is on. */
public final class KindnetRules extends SpecRules<KindnetSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("kindnet");
    private static final Gate INTRODUCED = GATES.gate("kindnet.introduced");
    private static final Gate CIDRS = GATES.gate("kindnet.nonMasqueradeCIDRs");

    /** Creates the kindnet rules; {@link KindnetPlugin} holds the instance that validates clusters. */
    public KindnetRules() { super(ProviderKind.KINDNET, KindnetSpec.class); }

    @Override
    protected void check(RuleContext ctx, KindnetSpec k, Findings out) {
        if (ctx.in(INTRODUCED)) {
            // podnet's own rule: the field does not exist before 1.32, kops would reject the document
            out.add(INTRODUCED.tag(Finding.forbidden(path(ctx), "kindnet networking is not available before kops 1.32")).hint("use kops 1.32 or later for kindnet"));
            return;
        }
        if (k.masquerade().isEmpty() || !ctx.in(CIDRS) || !k.masquerade().get().enabled().orElse(false)) return;
        for (String cidr : k.masquerade().get().nonMasqueradeCIDRs()) {
            if (cidr.isEmpty()) continue;
            if (IpNetwork.parse(cidr).isEmpty()) {
                // kops reports the whole kindnet path (not indexed) with netip's parse error
                out.add(CIDRS.tag(Finding.invalid(path(ctx), cidr, "netip.ParsePrefix(\"" + cidr + "\"): invalid prefix"))
                        .hint("each masquerade.nonMasqueradeCIDRs entry must be a CIDR such as 10.0.0.0/8"));
            }
        }
    }
}
