package dev.podnet.providers.weave;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.WeaveSpec;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** Weave: deprecated in 1.23 (Forbidden for Kubernetes 1.23+ in 1.23–1.27), removed in 1.28. */
public final class WeaveRules extends SpecRules<WeaveSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("weave");
    private static final Gate KUBERNETES_123 = GATES.gate("weave.kubernetes-1.23");
    private static final Gate IPV6 = GATES.gate("weave.ipv6");
    private static final Gate DEPRECATED = GATES.gate("weave.deprecated");
    private static final Gate REMOVED = GATES.gate("weave.removed");

    static final String HINT = "use calico or cilium; weave was removed in kops 1.28";

    /** Creates the Weave rules; {@link WeavePlugin} holds the instance that validates clusters. */
    public WeaveRules() { super(ProviderKind.WEAVE, WeaveSpec.class); }

    @Override
    protected void check(RuleContext ctx, WeaveSpec w, Findings out) {
        if (ctx.in(REMOVED)) {
            out.add(REMOVED.tag(Finding.forbidden(path(ctx), "Weave is no longer supported")).hint(HINT));
        } else if (ctx.in(KUBERNETES_123) && ctx.k8sAtLeast(1, 23)) {
            out.add(KUBERNETES_123.tag(Finding.forbidden(path(ctx), "Weave is not supported for Kubernetes >= 1.23"))
                    .hint("keep Kubernetes below 1.23, or " + HINT));
        } else if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "Weave does not support IPv6")).hint("use calico or cilium for IPv6"));
        } else if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "Weave is deprecated and is not supported for Kubernetes >= 1.23")).hint(HINT));
        }
    }
}
