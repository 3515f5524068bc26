package dev.podnet.providers.flannel;

import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;
import dev.podnet.providers.internal.OneOf;

/** Flannel (vxlan/udp): Forbidden for Kubernetes 1.28+ in kops 1.28–1.31, restored in 1.32. */
public final class FlannelRules extends SpecRules<FlannelSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("flannel");
    private static final Gate BACKEND_REQUIRED = GATES.gate("flannel.backend-required");
    private static final Gate IPV6 = GATES.gate("flannel.ipv6");
    private static final Gate DEPRECATED = GATES.gate("flannel.deprecated");
    private static final Gate KUBERNETES_128 = GATES.gate("flannel.kubernetes-1.28");

    /** Layer 1: the backend values. */
    record FlannelFields(@OneOf(gate = "flannel.backend") String backend) {}

    /** Creates the Flannel rules; {@link FlannelPlugin} holds the instance that validates clusters. */
    public FlannelRules() { super(ProviderKind.FLANNEL, FlannelSpec.class); }

    @Override
    protected void check(RuleContext ctx, FlannelSpec f, Findings out) {
        if (ctx.in(KUBERNETES_128) && ctx.k8sAtLeast(1, 28)) {
            out.add(KUBERNETES_128.tag(Finding.forbidden(path(ctx), "Flannel is not supported for Kubernetes >= 1.28"))
                    .hint("keep Kubernetes below 1.28, use kops 1.32+ (flannel is supported again), or use calico or cilium"));
            return;
        }
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "Flannel does not support IPv6")).hint("use calico, cilium or kindnet for IPv6"));
        }
        // kops' API defaulting turns an empty backend into "udp" when it reads the spec, so only the
        // completed spec (strict) can lack one.
        boolean missing = f.backend().orElse("").isEmpty();
        if (missing) {
            if (ctx.strict() && ctx.in(BACKEND_REQUIRED)) {
                out.add(BACKEND_REQUIRED.tag(Finding.required(path(ctx, "backend"), "Flannel backend must be specified"))
                        .hint("set backend: vxlan (recommended) or udp"));
            }
        } else {
            out.addAll(ctx.checkFields(new FlannelFields(f.backend().get()), path(ctx), GATES));
        }
        if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "Flannel is deprecated and is not supported for Kubernetes >= 1.28 in this release"))
                    .hint("kops 1.32 restored flannel support; or use calico or cilium"));
        }
    }
}
