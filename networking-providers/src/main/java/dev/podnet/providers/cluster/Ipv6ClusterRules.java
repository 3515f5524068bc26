package dev.podnet.providers.cluster;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * Rules that only IPv6-only clusters ({@code nonMasqueradeCIDR} an IPv6 range) meet. kops 1.23 to 1.29
 * refuse such a cluster without {@code cloudControllerManager} ("IPv6 requires external Cloud Controller
 * Manager", kops' {@code pkg/apis/kops/validation/validation.go}), on the input as on the completed spec;
 * kops 1.22 accepts it (experimental IPv6), and kops 1.30 fills the external CCM in before it validates.
 * Checked with kops 1.22, 1.24, 1.28, 1.30 and 1.33; 1.29 is taken with its predecessors.
 */
final class Ipv6ClusterRules {
    private static final Gate REQUIRES_CCM = ClusterGates.gate("cluster.ipv6-requires-ccm");

    private Ipv6ClusterRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.ipv6Only() || !ctx.in(REQUIRES_CCM)) return;
        if (ctx.extraSpec("cloudControllerManager").isPresent()) return;
        out.add(REQUIRES_CCM.tag(Finding.required("spec.cloudControllerManager", "IPv6 requires external Cloud Controller Manager"))
                .hint("add cloudControllerManager: {} (kops create cluster --ipv6 does)"));
    }
}
