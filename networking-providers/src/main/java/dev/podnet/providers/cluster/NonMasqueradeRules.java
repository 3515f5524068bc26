package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Optional;

/** nonMasqueradeCIDR: required, {@code ::/0} in IPv6 clusters, no overlap with the network CIDRs. */
final class NonMasqueradeRules {
    private static final Gate REQUIRED = gate("cluster.nonMasqueradeCIDR-required");
    private static final Gate IPV6 = gate("cluster.nonMasqueradeCIDR-ipv6");
    private static final Gate OVERLAP = gate("cluster.nonMasqueradeCIDR-overlap");
    private static final Gate OVERLAP_ADDITIONAL = gate("cluster.nonMasqueradeCIDR-overlap#additional");
    private static final Gate GCE_EXEMPT_BY_CLOUD = gate("cluster.gce-exempt#by-cloud");
    private static final Gate LYFT_EXEMPT = gate("cluster.nonMasqueradeCIDR-overlap#lyftvpc-exempt");

    private NonMasqueradeRules() {
    }

    /** kops exempts GCE networking (up to 1.26) or the GCE cloud (from 1.27) from the range rules. */
    static boolean gceRelaxed(RuleContext ctx, ClusterRanges r) {
        return ctx.in(GCE_EXEMPT_BY_CLOUD) ? r.cloud().equals("gce") : r.n().providerKind().orElse(null) == ProviderKind.GCP;
    }

    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        Networking n = r.n();
        // required on the spec as written: the ranges carry kops' assigned default
        if (ctx.cluster().networking().nonMasqueradeCIDR().isEmpty() && ctx.strict() && !gceRelaxed(ctx, r) && ctx.in(REQUIRED)) {
            out.add(REQUIRED.tag(Finding.required(ctx.net("nonMasqueradeCIDR"), ClusterRanges.hasNot(ctx, "Cluster", "nonMasqueradeCIDR")))
                    .hint("set nonMasqueradeCIDR (kops defaults it to 100.64.0.0/10)"));
        }
        Optional<IpNetwork> nonMasq = r.nonMasq();
        if (nonMasq.isPresent() && nonMasq.get().isIPv6() && ctx.in(IPV6)
                && !(nonMasq.get().prefix() == 0 && nonMasq.get().networkNumber().signum() == 0)) {
            out.add(IPV6.tag(Finding.forbidden(ctx.net("nonMasqueradeCIDR"), "IPv6 clusters must have a nonMasqueradeCIDR of \"::/0\""))
                    .hint("set nonMasqueradeCIDR: ::/0 in an IPv6 cluster"));
        }
        if (nonMasq.isEmpty() || overlapExempt(ctx, n)) return;
        if (r.networkCIDR().isPresent() && nonMasq.get().overlaps(r.networkCIDR().get()) && ctx.in(OVERLAP)) {
            out.add(OVERLAP.tag(Finding.forbidden(ctx.net("nonMasqueradeCIDR"), "nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get()
                            + "\" cannot overlap with networkCIDR \"" + n.networkCIDR().get() + "\""))
                    .hint("choose a nonMasqueradeCIDR outside the networkCIDR (default 100.64.0.0/10)"));
        }
        // a GCE cluster's additionalNetworkCIDRs are refused, not compared (ClusterRanges.gceNetworkCidrUnread)
        if (!ctx.in(OVERLAP_ADDITIONAL) || ClusterRanges.gceNetworkCidrUnread(ctx, r.cloud())) return;
        for (int i = 0; i < n.additionalNetworkCIDRs().size(); i++) {
            Optional<IpNetwork> a = IpNetwork.parse(n.additionalNetworkCIDRs().get(i));
            if (a.isPresent() && nonMasq.get().overlaps(a.get())) {
                out.add(OVERLAP_ADDITIONAL.tag(Finding.forbidden(ctx.net("nonMasqueradeCIDR"), "nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get()
                                + "\" cannot overlap with additionalNetworkCIDRs[" + i + "] \"" + n.additionalNetworkCIDRs().get(i) + "\""))
                        .hint("choose a nonMasqueradeCIDR outside the additional network CIDRs"));
            }
        }
    }

    /** amazonvpc, lyftvpc (while it existed) and Cilium with ENI IPAM put pods in the network itself. */
    private static boolean overlapExempt(RuleContext ctx, Networking n) {
        ProviderKind kind = n.providerKind().orElse(null);
        return kind == ProviderKind.AMAZON_VPC || (kind == ProviderKind.LYFT_VPC && ctx.in(LYFT_EXEMPT)) || ciliumEni(n);
    }

    private static boolean ciliumEni(Networking n) {
        Optional<CiliumSpec> cilium = n.provider(CiliumSpec.class);
        return cilium.isPresent() && "eni".equals(cilium.get().ipam().orElse(null));
    }
}
