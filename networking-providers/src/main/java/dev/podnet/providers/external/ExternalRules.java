package dev.podnet.providers.external;

import dev.podnet.api.provider.ExternalSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** external: Forbidden for Kubernetes 1.26+ in kops 1.26–1.31 and always from 1.32; blocked with containerd in 1.19. */
public final class ExternalRules extends SpecRules<ExternalSpec> {
    static final String DETAIL = "external is not supported for Kubernetes >= 1.26";
    static final String HINT = "use cni for a bring-your-own CNI";

    /** Creates the external rules; {@link ExternalPlugin} holds the instance that validates clusters. */
    public ExternalRules() { super(ProviderKind.EXTERNAL, ExternalSpec.class); }

    @Override
    protected void check(RuleContext ctx, ExternalSpec e, Findings out) {
        containerdBlocked119(ctx, "external", out);
        if (ctx.since(1, 32)) {
            out.add(Finding.forbidden(path(ctx), DETAIL).rule("external.removed").releases(">=1.32").hint(HINT + "; external was removed in kops 1.32"));
        } else if (ctx.since(1, 26) && ctx.k8sAtLeast(1, 26)) {
            out.add(Finding.forbidden(path(ctx), DETAIL).rule("external.kubernetes-1.26").releases(">=1.26 <1.32").hint(HINT));
        } else if (ctx.since(1, 26)) {
            out.add(Finding.warning(path(ctx), "external is deprecated and is not supported for Kubernetes >= 1.26")
                    .rule("external.deprecated").releases(">=1.26 <1.32").hint(HINT));
        }
    }
}
