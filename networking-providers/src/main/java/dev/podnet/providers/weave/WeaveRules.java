package dev.podnet.providers.weave;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.WeaveSpec;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** Weave: deprecated in 1.23 (Forbidden for Kubernetes 1.23+ in 1.23–1.27), removed in 1.28. */
public final class WeaveRules extends SpecRules<WeaveSpec> {
    static final String HINT = "use calico or cilium; weave was removed in kops 1.28";

    /** Creates the Weave rules; {@link WeavePlugin} holds the instance that validates clusters. */
    public WeaveRules() { super(ProviderKind.WEAVE, WeaveSpec.class); }

    @Override
    protected void check(RuleContext ctx, WeaveSpec w, Findings out) {
        if (ctx.since(1, 28)) {
            out.add(Finding.forbidden(path(ctx), "Weave is no longer supported").rule("weave.removed").releases(">=1.28").hint(HINT));
            return;
        }
        if (!ctx.since(1, 23)) return;
        if (ctx.k8sAtLeast(1, 23)) {
            out.add(Finding.forbidden(path(ctx), "Weave is not supported for Kubernetes >= 1.23").rule("weave.kubernetes-1.23")
                    .releases(">=1.23 <1.28").hint("keep Kubernetes below 1.23, or " + HINT));
        } else if (ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), "Weave does not support IPv6").rule("weave.ipv6").releases(">=1.23 <1.28")
                    .hint("use calico or cilium for IPv6"));
        } else {
            out.add(Finding.warning(path(ctx), "Weave is deprecated and is not supported for Kubernetes >= 1.23")
                    .rule("weave.deprecated").releases(">=1.23 <1.28").hint(HINT));
        }
    }
}
