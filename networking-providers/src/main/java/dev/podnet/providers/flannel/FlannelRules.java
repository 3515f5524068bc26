package dev.podnet.providers.flannel;

import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.OneOf;

/** Flannel (vxlan/udp): Forbidden for Kubernetes 1.28+ in kops 1.28–1.31, restored in 1.32. */
public final class FlannelRules extends SpecRules<FlannelSpec> {
    /** Layer 1: the backend values. */
    record FlannelFields(@OneOf({"udp", "vxlan"}) String backend) {}

    /** Creates the Flannel rules; {@link FlannelPlugin} holds the instance that validates clusters. */
    public FlannelRules() { super(ProviderKind.FLANNEL, FlannelSpec.class); }

    @Override
    protected void check(RuleContext ctx, FlannelSpec f, Findings out) {
        if (ctx.between(1, 28, 1, 32) && ctx.k8sAtLeast(1, 28)) {
            out.add(Finding.forbidden(path(ctx), "Flannel is not supported for Kubernetes >= 1.28").rule("flannel.kubernetes-1.28")
                    .releases(">=1.28 <1.32")
                    .hint("keep Kubernetes below 1.28, use kops 1.32+ (flannel is supported again), or use calico or cilium"));
            return;
        }
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), "Flannel does not support IPv6").rule("flannel.ipv6").releases(">=1.23")
                    .hint("use calico, cilium or kindnet for IPv6"));
        }
        // kops' API defaulting turns an empty backend into "udp" when it reads the spec, so only the
        // completed spec (strict) can lack one.
        boolean missing = f.backend().map(String::isEmpty).orElse(true);
        if (missing) {
            if (ctx.strict()) {
                out.add(Finding.required(path(ctx, "backend"), "Flannel backend must be specified").rule("flannel.backend-required").releases("*")
                        .hint("set backend: vxlan (recommended) or udp"));
            }
        } else {
            out.addAll(ctx.checkFields(new FlannelFields(f.backend().get()), path(ctx), "flannel"));
        }
        if (ctx.between(1, 27, 1, 32)) {
            out.add(Finding.warning(path(ctx), "Flannel is deprecated and is not supported for Kubernetes >= 1.28 in this release")
                    .rule("flannel.deprecated").releases(">=1.27 <1.32")
                    .hint("kops 1.32 restored flannel support; or use calico or cilium"));
        }
    }
}
