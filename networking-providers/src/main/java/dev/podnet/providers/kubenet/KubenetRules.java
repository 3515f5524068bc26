package dev.podnet.providers.kubenet;

import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** kubenet: no IPv6 (1.23+); blocked with containerd in 1.19. */
public final class KubenetRules extends SpecRules<KubenetSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("kubenet");
    private static final Gate IPV6 = GATES.gate("kubenet.ipv6");
    private static final Gate CONTAINERD = GATES.gate("kubenet.containerd");

    /** Creates the kubenet rules; {@link KubenetPlugin} holds the instance that validates clusters. */
    public KubenetRules() { super(ProviderKind.KUBENET, KubenetSpec.class); }

    @Override
    protected void check(RuleContext ctx, KubenetSpec k, Findings out) {
        containerdBlocked(ctx, CONTAINERD, "kubenet", out);
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "Kubenet does not support IPv6"))
                    .hint("use calico, cilium or kindnet for IPv6"));
        }
    }
}
