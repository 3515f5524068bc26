package dev.podnet.providers.canal;

import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/**
 * Canal: supported 1.18–1.33 (Forbidden for Kubernetes 1.22+ in kops 1.22, for Kubernetes 1.28+ in
 * 1.28–1.33, deprecated from 1.27), removed in 1.34.
 */
public final class CanalRules extends SpecRules<CanalSpec> {
    static final String NOT_28 = "Canal is not supported for Kubernetes >= 1.28";
    static final String HINT_REMOVED = "use calico or cilium; canal was removed in kops 1.34";

    /** Creates the Canal rules; {@link CanalPlugin} holds the instance that validates clusters. */
    public CanalRules() { super(ProviderKind.CANAL, CanalSpec.class); }

    @Override
    protected void check(RuleContext ctx, CanalSpec c, Findings out) {
        if (ctx.since(1, 34)) {
            out.add(Finding.forbidden(path(ctx), NOT_28).rule("canal.removed").releases(">=1.34").hint(HINT_REMOVED));
            return;
        }
        if (ctx.since(1, 28) && ctx.k8sAtLeast(1, 28)) {
            out.add(Finding.forbidden(path(ctx), NOT_28).rule("canal.kubernetes-1.28").releases(">=1.28 <1.34")
                    .hint("use calico or cilium, or keep Kubernetes below 1.28; canal is removed in kops 1.34"));
            return;
        }
        out.addAll(ctx.checkFields(CanalFields.of(c), path(ctx), "canal"));
        if (ctx.releaseIs(1, 22) && ctx.k8sAtLeast(1, 22)) {
            out.add(Finding.forbidden(path(ctx), "Canal is supported only for Kubernetes 1.21 and lower")
                    .rule("canal.kubernetes-1.22").releases(">=1.22 <1.23")
                    .hint("use kops 1.23+ for canal on Kubernetes 1.22, or use calico or cilium"));
        }
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), "Canal does not support IPv6").rule("canal.ipv6").releases(">=1.23 <1.34")
                    .hint("use calico or cilium for IPv6"));
        }
        if (ctx.since(1, 27)) {
            out.add(Finding.warning(path(ctx), "Canal is deprecated and is not supported for Kubernetes >= 1.28")
                    .rule("canal.deprecated").releases(">=1.27 <1.34").hint(HINT_REMOVED));
        }
    }
}
