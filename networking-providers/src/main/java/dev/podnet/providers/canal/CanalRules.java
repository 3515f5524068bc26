package dev.podnet.providers.canal;

import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/**
 * Canal: supported 1.18–1.33 (Forbidden for Kubernetes 1.22+ in kops 1.22, for Kubernetes 1.28+ in
 * 1.28–1.33, deprecated from 1.27), removed in 1.34.
 */
public final class CanalRules extends SpecRules<CanalSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("canal");
    private static final Gate KUBERNETES_122 = GATES.gate("canal.kubernetes-1.22");
    private static final Gate IPV6 = GATES.gate("canal.ipv6");
    private static final Gate DEPRECATED = GATES.gate("canal.deprecated");
    private static final Gate KUBERNETES_128 = GATES.gate("canal.kubernetes-1.28");
    private static final Gate REMOVED = GATES.gate("canal.removed");
    private static final Gate TYPHA_125 = GATES.gate("canal.typha-k8s-1.25.build");
    private static final Gate TYPHA_125_ANY_K8S = GATES.gate("canal.typha-k8s-1.25.build#any-kubernetes");

    static final String NOT_28 = "Canal is not supported for Kubernetes >= 1.28";
    static final String HINT_REMOVED = "use calico or cilium; canal was removed in kops 1.34";

    /** Creates the Canal rules; {@link CanalPlugin} holds the instance that validates clusters. */
    public CanalRules() { super(ProviderKind.CANAL, CanalSpec.class); }

    @Override
    protected void check(RuleContext ctx, CanalSpec c, Findings out) {
        if (ctx.in(REMOVED)) {
            out.add(REMOVED.tag(Finding.forbidden(path(ctx), NOT_28)).hint(HINT_REMOVED));
            return;
        }
        if (ctx.in(KUBERNETES_128) && ctx.k8sAtLeast(1, 28)) {
            out.add(KUBERNETES_128.tag(Finding.forbidden(path(ctx), NOT_28))
                    .hint("use calico or cilium, or keep Kubernetes below 1.28; canal is removed in kops 1.34"));
            return;
        }
        out.addAll(ctx.checkFields(CanalFields.of(c), path(ctx), GATES));
        if (ctx.in(KUBERNETES_122) && ctx.k8sAtLeast(1, 22)) {
            out.add(KUBERNETES_122.tag(Finding.forbidden(path(ctx), "Canal is supported only for Kubernetes 1.21 and lower"))
                    .hint("use kops 1.23+ for canal on Kubernetes 1.22, or use calico or cilium"));
        }
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "Canal does not support IPv6")).hint("use calico or cilium for IPv6"));
        }
        typhaWithTemplate125(ctx, c, out);
        if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "Canal is deprecated and is not supported for Kubernetes >= 1.28"))
                    .hint(HINT_REMOVED));
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
        boolean template125 = ctx.in(TYPHA_125_ANY_K8S) || (ctx.in(TYPHA_125) && ctx.k8sAtLeast(1, 25));
        // kops fails building the channel, after its validation of the completed spec accepted it
        if (!ctx.strict() || !template125 || c.typhaReplicas().orElse(0) <= 0) return;
        out.add(TYPHA_125.tag(Finding.forbidden(path(ctx, "typhaReplicas"), "error executing template"
                        + " \"addons/networking.projectcalico.org.canal/k8s-1.25.yaml\": nil pointer evaluating"
                        + " *kops.CalicoNetworkingSpec.TyphaReplicas"))
                .hint("leave typhaReplicas unset or 0: kops' k8s-1.25 Canal template cannot render Typha"));
    }
}
