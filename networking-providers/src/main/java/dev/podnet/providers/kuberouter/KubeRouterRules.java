package dev.podnet.providers.kuberouter;

import dev.podnet.api.provider.KubeRouterSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** kube-router: needs kube-proxy off (1.19+), no IPv6 (1.23+), Forbidden for Kubernetes 1.28+ in kops 1.28 only. */
public final class KubeRouterRules extends SpecRules<KubeRouterSpec> {
    /** Creates the kube-router rules; {@link KubeRouterPlugin} holds the instance that validates clusters. */
    public KubeRouterRules() { super(ProviderKind.KUBE_ROUTER, KubeRouterSpec.class); }

    @Override
    protected void check(RuleContext ctx, KubeRouterSpec k, Findings out) {
        if (ctx.since(1, 19) && ctx.kubeProxyPresentAndEnabled()) {
            // quirk: kops builds the path from Root() of spec.networking, so it prints spec.spec.kubeProxy.enabled
            out.add(Finding.forbidden("spec.spec.kubeProxy.enabled", "kube-router requires kubeProxy to be disabled")
                    .rule("kuberouter.kube-proxy").releases(">=1.19")
                    .hint("set spec.kubeProxy.enabled: false (kube-router replaces kube-proxy)"));
        }
        if (ctx.releaseIs(1, 28) && ctx.k8sAtLeast(1, 28)) {
            out.add(Finding.forbidden("spec.networking.kubeRouter", "kube-router is not supported for Kubernetes >= 1.28")
                    .rule("kuberouter.kubernetes-1.28").releases(">=1.28 <1.29")
                    .hint("keep Kubernetes below 1.28 or use kops 1.29+, which supports kube-router again"));
        } else if (ctx.since(1, 23) && ctx.ipv6Only()) {
            // quirk: 1.26–1.27 print the typo kuberRouter
            String p = ctx.between(1, 26, 1, 28) ? "spec.networking.kuberRouter" : path(ctx);
            out.add(Finding.forbidden(p, "kube-router does not support IPv6").rule("kuberouter.ipv6").releases(">=1.23")
                    .hint("use calico, cilium or kindnet for IPv6"));
        }
        if (ctx.between(1, 27, 1, 29)) {
            out.add(Finding.warning(path(ctx), "kube-router is deprecated and is not supported for Kubernetes >= 1.28 in this release")
                    .rule("kuberouter.deprecated").releases(">=1.27 <1.29")
                    .hint("kops 1.29 supports kube-router again; or use calico or cilium"));
        }
    }
}
