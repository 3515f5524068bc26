package dev.podnet.providers.kopeio;

import dev.podnet.api.provider.KopeioSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** Kopeio: no IPv6 (1.23+); blocked with containerd in 1.19. */
public final class KopeioRules extends SpecRules<KopeioSpec> {
    /** Creates the kopeio rules; {@link KopeioPlugin} holds the instance that validates clusters. */
    public KopeioRules() { super(ProviderKind.KOPEIO, KopeioSpec.class); }

    @Override
    protected void check(RuleContext ctx, KopeioSpec k, Findings out) {
        containerdBlocked119(ctx, "kopeio", out);
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), "Kopeio does not support IPv6").rule("kopeio.ipv6").releases(">=1.23")
                    .hint("use calico, cilium or kindnet for IPv6"));
        }
    }
}
