package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Optional;

/**
 * The service and pod ranges: required, inside nonMasqueradeCIDR, disjoint; the component copies of them
 * (kube-controller-manager clusterCIDR, kube-apiserver service range, kube-dns server IP).
 */
final class PodServiceRangeRules {
    private static final Gate SERVICE_REQUIRED = gate("cluster.serviceClusterIPRange-required");
    private static final Gate SERVICE_IN_NON_MASQ = gate("cluster.serviceClusterIPRange-in-nonMasqueradeCIDR");
    private static final Gate SERVICE_POD = gate("cluster.serviceClusterIPRange-podCIDR");
    private static final Gate POD_REQUIRED = gate("cluster.podCIDR-required");
    private static final Gate POD_IN_NON_MASQ = gate("cluster.podCIDR-in-nonMasqueradeCIDR");

    private PodServiceRangeRules() {
    }

    /**
     * The cluster's service and pod ranges, then the components' copies ({@link ComponentRangeRules}): kops' order up
     * to 1.24 (kops-oracle 1.19, 1.24).
     */
    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        service(ctx, r, out);
        pod(ctx, r, out);
        ComponentRangeRules.check(ctx, r, out);
    }

    /** The pod range, then the service range: kops' order from 1.28, where the components' copies come first (kops-oracle 1.28). */
    static void podThenService(RuleContext ctx, ClusterRanges r, Findings out) {
        pod(ctx, r, out);
        service(ctx, r, out);
    }

    private static void service(RuleContext ctx, ClusterRanges r, Findings out) {
        Networking n = r.n();
        Optional<IpNetwork> nonMasq = r.nonMasq();
        Optional<IpNetwork> service = r.service();
        Optional<IpNetwork> podCIDR = r.podCIDR();
        if (ctx.cluster().networking().serviceClusterIPRange().isEmpty() && ctx.strict() && ctx.in(SERVICE_REQUIRED)) {
            out.add(SERVICE_REQUIRED.tag(Finding.required(ctx.net("serviceClusterIPRange"), "Cluster did not have serviceClusterIPRange set"))
                    .hint("set serviceClusterIPRange (kops defaults it to 100.64.0.0/13)"));
        }
        if (service.isPresent() && nonMasq.isPresent() && ctx.in(SERVICE_IN_NON_MASQ) && !NonMasqueradeRules.gceRelaxed(ctx, r)
                && !nonMasq.get().encloses(service.get())) {
            out.add(SERVICE_IN_NON_MASQ.tag(Finding.forbidden(ctx.net("serviceClusterIPRange"), "serviceClusterIPRange \""
                            + n.serviceClusterIPRange().get() + "\" must be a subnet of nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get() + "\""))
                    .hint("choose a serviceClusterIPRange inside the nonMasqueradeCIDR"));
        }
        if (ctx.in(SERVICE_POD) && service.isPresent() && podCIDR.isPresent() && service.get().overlaps(podCIDR.get())) {
            out.add(SERVICE_POD.tag(Finding.forbidden(ctx.net("serviceClusterIPRange"), "serviceClusterIPRange \""
                            + ClusterRanges.shown(ctx, service, n.serviceClusterIPRange().get()) + "\" must not overlap podCIDR \""
                            + ClusterRanges.shown(ctx, podCIDR, n.podCIDR().get()) + "\""))
                    .hint("choose disjoint service and pod ranges"));
        }
    }

    private static void pod(RuleContext ctx, ClusterRanges r, Findings out) {
        Networking n = r.n();
        Optional<IpNetwork> nonMasq = r.nonMasq();
        Optional<IpNetwork> podCIDR = r.podCIDR();
        if (ctx.in(POD_REQUIRED) && ctx.strict() && ctx.cluster().networking().podCIDR().isEmpty() && !ctx.ipv6Only()) {
            out.add(POD_REQUIRED.tag(Finding.required(ctx.net("podCIDR"), "Cluster did not have podCIDR set"))
                    .hint("set podCIDR (kops defaults it to 100.96.0.0/11)"));
        }
        if (ctx.in(POD_IN_NON_MASQ) && podCIDR.isPresent() && nonMasq.isPresent() && !nonMasq.get().encloses(podCIDR.get())) {
            out.add(POD_IN_NON_MASQ.tag(Finding.forbidden(ctx.net("podCIDR"), "podCIDR \"" + ClusterRanges.shown(ctx, podCIDR, n.podCIDR().get())
                            + "\" must be a subnet of nonMasqueradeCIDR \"" + ClusterRanges.shown(ctx, nonMasq, n.nonMasqueradeCIDR().get()) + "\""))
                    .hint("choose a podCIDR inside the nonMasqueradeCIDR"));
        }
    }
}
