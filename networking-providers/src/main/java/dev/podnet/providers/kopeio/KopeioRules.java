package dev.podnet.providers.kopeio;

import dev.podnet.api.provider.KopeioSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** Kopeio: no IPv6 (1.23+); blocked with containerd in 1.19. */
public final class KopeioRules extends SpecRules<KopeioSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("kopeio");
    private static final Gate IPV6 = GATES.gate("kopeio.ipv6");
    private static final Gate CONTAINERD = GATES.gate("kopeio.containerd");

    /** Creates the kopeio rules; {@link KopeioPlugin} holds the instance that validates clusters. */
    public KopeioRules() { super(ProviderKind.KOPEIO, KopeioSpec.class); }

    @Override
    protected void check(RuleContext ctx, KopeioSpec k, Findings out) {
        containerdBlocked(ctx, CONTAINERD, "kopeio", out);
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "Kopeio does not support IPv6"))
                    .hint("use calico, cilium or kindnet for IPv6"));
        }
    }
}
