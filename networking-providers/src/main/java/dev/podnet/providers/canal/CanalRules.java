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
        typhaWithTemplate125(ctx, c, out);
        if (ctx.since(1, 27)) {
            out.add(Finding.warning(path(ctx), "Canal is deprecated and is not supported for Kubernetes >= 1.28")
                    .rule("canal.deprecated").releases(">=1.27 <1.34").hint(HINT_REMOVED));
        }
    }

    /**
     * kops 1.25-1.33 select Canal's k8s-1.25 template for Kubernetes 1.25+ (from 1.32, for every version),
     * and that template reads {@code .Networking.Calico.TyphaReplicas}, nil for Canal: with
     * {@code typhaReplicas} &gt; 0 kops fails building the channel (kops-oracle 1.28, 1.30, 1.33).
     * Refused here with kops' message, on the completed spec and only where nothing else is wrong with it
     * (a build failure: {@link Finding#BUILD_RULE_SUFFIX}), so the spec is not accepted as renderable.
     */
    private void typhaWithTemplate125(RuleContext ctx, CanalSpec c, Findings out) {
        boolean template125 = ctx.since(1, 32) || (ctx.since(1, 25) && ctx.k8sAtLeast(1, 25));
        // kops fails building the channel, after its validation of the completed spec accepted it
        if (!ctx.strict() || !template125 || c.typhaReplicas().orElse(0) <= 0) return;
        out.add(Finding.forbidden(path(ctx, "typhaReplicas"), "error executing template"
                        + " \"addons/networking.projectcalico.org.canal/k8s-1.25.yaml\": nil pointer evaluating"
                        + " *kops.CalicoNetworkingSpec.TyphaReplicas")
                .rule("canal.typha-k8s-1.25" + Finding.BUILD_RULE_SUFFIX).releases(">=1.25 <1.34")
                .hint("leave typhaReplicas unset or 0: kops' k8s-1.25 Canal template cannot render Typha"));
    }
}
