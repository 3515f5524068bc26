package dev.podnet.providers.kuberouter;

import dev.podnet.api.provider.KubeRouterSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** kube-router: needs kube-proxy off (1.19+), no IPv6 (1.23+), Forbidden for Kubernetes 1.28+ in kops 1.28 only. */
public final class KubeRouterRules extends SpecRules<KubeRouterSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("kuberouter");
    private static final Gate KUBE_PROXY = GATES.gate("kuberouter.kube-proxy");
    private static final Gate KUBERNETES_128 = GATES.gate("kuberouter.kubernetes-1.28");
    private static final Gate IPV6 = GATES.gate("kuberouter.ipv6");
    private static final Gate IPV6_PATH_TYPO = GATES.gate("kuberouter.ipv6#path-typo");
    private static final Gate DEPRECATED = GATES.gate("kuberouter.deprecated");

    /** Creates the kube-router rules; {@link KubeRouterPlugin} holds the instance that validates clusters. */
    public KubeRouterRules() { super(ProviderKind.KUBE_ROUTER, KubeRouterSpec.class); }

    @Override
    protected void check(RuleContext ctx, KubeRouterSpec k, Findings out) {
        if (ctx.in(KUBE_PROXY) && ctx.kubeProxyPresentAndEnabled()) {
            // quirk: kops builds the path from Root() of spec.networking, so it prints spec.spec.kubeProxy.enabled
            out.add(KUBE_PROXY.tag(Finding.forbidden("spec.spec.kubeProxy.enabled", "kube-router requires kubeProxy to be disabled"))
                    .hint("set spec.kubeProxy.enabled: false (kube-router replaces kube-proxy)"));
        }
        if (ctx.in(KUBERNETES_128) && ctx.k8sAtLeast(1, 28)) {
            out.add(KUBERNETES_128.tag(Finding.forbidden("spec.networking.kubeRouter", "kube-router is not supported for Kubernetes >= 1.28"))
                    .hint("keep Kubernetes below 1.28 or use kops 1.29+, which supports kube-router again"));
        } else if (ctx.in(IPV6) && ctx.ipv6Only()) {
            // quirk: 1.26–1.27 print the typo kuberRouter
            String p = ctx.in(IPV6_PATH_TYPO) ? "spec.networking.kuberRouter" : path(ctx);
            out.add(IPV6.tag(Finding.forbidden(p, "kube-router does not support IPv6")).hint("use calico, cilium or kindnet for IPv6"));
        }
        if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "kube-router is deprecated and is not supported for Kubernetes >= 1.28 in this release"))
                    .hint("kops 1.29 supports kube-router again; or use calico or cilium"));
        }
    }
}
