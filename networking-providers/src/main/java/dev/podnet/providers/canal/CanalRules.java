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
        out.addAll(ctx.checkFields(CanalFields.of(c), path(ctx), "canal"));
        if (ctx.in(KUBERNETES_122) && ctx.k8sAtLeast(1, 22)) {
            out.add(KUBERNETES_122.tag(Finding.forbidden(path(ctx), "Canal is supported only for Kubernetes 1.21 and lower"))
                    .hint("use kops 1.23+ for canal on Kubernetes 1.22, or use calico or cilium"));
        }
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "Canal does not support IPv6")).hint("use calico or cilium for IPv6"));
        }
        if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "Canal is deprecated and is not supported for Kubernetes >= 1.28"))
                    .hint(HINT_REMOVED));
        }
    }
}
