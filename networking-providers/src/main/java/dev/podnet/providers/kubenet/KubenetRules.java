package dev.podnet.providers.kubenet;

import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** kubenet: no IPv6 (1.23+); blocked with containerd in 1.19. */
public final class KubenetRules extends SpecRules<KubenetSpec> {
    /** Creates the kubenet rules; {@link KubenetPlugin} holds the instance that validates clusters. */
    public KubenetRules() { super(ProviderKind.KUBENET, KubenetSpec.class); }

    @Override
    protected void check(RuleContext ctx, KubenetSpec k, Findings out) {
        containerdBlocked119(ctx, "kubenet", out);
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), "Kubenet does not support IPv6").rule("kubenet.ipv6").releases(">=1.23")
                    .hint("use calico, cilium or kindnet for IPv6"));
        }
    }
}
