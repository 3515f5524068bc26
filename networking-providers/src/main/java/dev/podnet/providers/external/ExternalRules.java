package dev.podnet.providers.external;

import dev.podnet.api.provider.ExternalSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** external: Forbidden for Kubernetes 1.26+ in kops 1.26–1.31 and always from 1.32; blocked with containerd in 1.19. */
public final class ExternalRules extends SpecRules<ExternalSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("external");
    private static final Gate CONTAINERD = GATES.gate("external.containerd");
    private static final Gate DEPRECATED = GATES.gate("external.deprecated");
    private static final Gate KUBERNETES_126 = GATES.gate("external.kubernetes-1.26");
    private static final Gate REMOVED = GATES.gate("external.removed");

    static final String DETAIL = "external is not supported for Kubernetes >= 1.26";
    static final String HINT = "use cni for a bring-your-own CNI";

    /** Creates the external rules; {@link ExternalPlugin} holds the instance that validates clusters. */
    public ExternalRules() { super(ProviderKind.EXTERNAL, ExternalSpec.class); }

    @Override
    protected void check(RuleContext ctx, ExternalSpec e, Findings out) {
        containerdBlocked(ctx, CONTAINERD, "external", out);
        if (ctx.in(REMOVED)) {
            out.add(REMOVED.tag(Finding.forbidden(path(ctx), DETAIL)).hint(HINT + "; external was removed in kops 1.32"));
        } else if (ctx.in(KUBERNETES_126) && ctx.k8sAtLeast(1, 26)) {
            out.add(KUBERNETES_126.tag(Finding.forbidden(path(ctx), DETAIL)).hint(HINT));
        } else if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "external is deprecated and is not supported for Kubernetes >= 1.26")).hint(HINT));
        }
    }
}
