package dev.podnet.providers.cluster;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cluster's networking ranges as one validation run reads them: each empty when unset or
 * unparsable (and, from 1.27, with host bits); the syntax finding comes from {@link ClusterCidrs}.
 */
record ClusterRanges(Networking n, String cloud, Optional<IpNetwork> networkCIDR, List<IpNetwork> additional,
        Optional<IpNetwork> nonMasq, Optional<IpNetwork> podCIDR, Optional<IpNetwork> service) {
    /** From 1.27 kops' validation refuses a range with host bits (and reports a subnet cidr's syntax first). */
    static final Gate HOST_BITS_REFUSED = ClusterGates.gate("cluster.cidr-host-bits");
    private static final Gate DOES_NOT_HAVE = ClusterGates.gate("wording.does-not-have");
    private static final Gate GCE_NETWORK_CIDR_UNREAD = ClusterGates.gate("cluster.networkCIDR-cloud#gce-unread");

    /** Receives the defaults of kops' assignments made only to read the ranges: a validation run reports none of them. */
    static final Consumer<AppliedDefault> UNREPORTED = applied -> { };

    /** kops' default kube-dns server IP: the service range's 10th address (one home for the rules that compare with it). */
    Optional<String> defaultDnsServerIp() {
        return service.isPresent() ? Optional.of(service.get().networkPlus(10)) : Optional.empty();
    }

    /**
     * kops validates a spec after its {@code PerformAssignments}, so the ranges are read from the spec with those
     * assignments made: the default network CIDR (with amazonvpc it also replaces the non-masquerade range), GCE's
     * ranges (with IP aliases they replace the user's), the default non-masquerade range and the subnets' CIDRs.
     * When kops' subnet assignment itself fails (completion reports that), the ranges before it are read.
     */
    static ClusterRanges of(RuleContext ctx) {
        Cluster c = beforeSubnetCidrs(ctx);
        try {
            c = SubnetCidrAssignment.assign(c, ctx.release(), UNREPORTED);
        } catch (IllegalArgumentException e) {
            // kops stops at PerformAssignments: SubnetAssignmentRules reports it
        }
        Networking n = c.networking();
        Optional<Cloud> onCloud = ctx.cloud();
        String cloud = onCloud.isPresent() ? onCloud.get().id() : "";
        boolean unread = gceNetworkCidrUnread(ctx, cloud);
        List<IpNetwork> additional = new ArrayList<>();
        for (String a : unread ? List.<String>of() : n.additionalNetworkCIDRs()) {
            IpNetwork p = range(Optional.of(a)).orElse(null);
            if (p != null) additional.add(p);
        }
        Optional<IpNetwork> network = unread ? Optional.empty() : range(n.networkCIDR());
        return new ClusterRanges(n, cloud, network, List.copyOf(additional),
                range(n.nonMasqueradeCIDR()), range(n.podCIDR()), range(n.serviceClusterIPRange()));
    }

    /**
     * A GCE cluster's written networkCIDR is only Forbidden: kops neither parses it nor compares it with the other
     * ranges (kops-oracle 1.33.1 and 1.36: "bogus", "172.20.0.1/16" and "10.0.0.0/8" beside nonMasqueradeCIDR
     * 10.0.0.0/8 each get the one finding; edges set, seed 20261901, v1.36.0-gce-002). Nor its additionalNetworkCIDRs
     * (kops-oracle 1.33.1 and 1.36: "bogus", host bits, one inside the IP-alias nonMasqueradeCIDR 10.0.0.0/8, one equal to
     * the podCIDR or a subnet each get only "gce doesn't support additionalNetworkCIDRs"; edges set, seed 20262023,
     * v1.33.1-gce-000).
     */
    static boolean gceNetworkCidrUnread(RuleContext ctx, String cloud) {
        return cloud.equals("gce") && ctx.in(GCE_NETWORK_CIDR_UNREAD);
    }

    /** The spec with kops' assignments before the subnets' CIDRs made: network CIDR, GCE's ranges, non-masquerade range. */
    static Cluster beforeSubnetCidrs(RuleContext ctx) {
        Cluster c = RangeDefaults.networkCidr(ctx.cluster(), ctx.release(), UNREPORTED);
        c = GceRanges.assign(c, ctx.release(), UNREPORTED);
        return RangeDefaults.nonMasquerade(c, ctx.release(), UNREPORTED);
    }

    /**
     * One of the cluster's ranges as kops compares it with the others: parsed with its host bits, which the comparisons
     * ignore, at every release (kops-oracle 1.24, 1.28, 1.36 refuse a subnet outside networkCIDR 172.20.0.1/16, a podCIDR
     * outside nonMasqueradeCIDR 100.64.0.1/10, a kube-dns server outside serviceClusterIPRange 100.64.0.1/13, and accept
     * a subnet inside additionalNetworkCIDRs 10.1.0.1/16, beside the strict check's Invalid value from 1.28; found by
     * the edges set, seed 20261802, v1.36.0-kubenet-001).
     */
    private static Optional<IpNetwork> range(Optional<String> value) {
        if (value.isEmpty() || value.get().isEmpty()) return Optional.empty();
        return IpNetwork.parse(value.get());
    }

    /** A subnet's or route's CIDR as the release reads it: empty when unset or unparsable (and, from 1.27, with host bits). */
    static Optional<IpNetwork> parsed(RuleContext ctx, Optional<String> value) {
        if (value.isEmpty() || value.get().isEmpty()) return Optional.empty();
        Optional<IpNetwork> c = IpNetwork.parse(value.get());
        return c.isPresent() && ctx.in(HOST_BITS_REFUSED) && c.get().hasHostBits() ? Optional.empty() : c;
    }

    /**
     * A range as kops' rewritten validation (1.27 on) prints it in a finding about another range: the parsed network,
     * its host bits cleared (kops-oracle 1.28, 1.36: podCIDR 172.20.0.1/16 printed "172.20.0.0/16"); before, and for a
     * range without host bits, as written.
     */
    static String shown(RuleContext ctx, Optional<IpNetwork> parsed, String written) {
        if (!ctx.in(HOST_BITS_REFUSED) || parsed.isEmpty() || !parsed.get().hasHostBits()) return written;
        return parsed.get().masked().toString();
    }

    /** kops' "did not have" (up to 1.26) or "does not have" (from 1.27). */
    static String hasNot(RuleContext ctx, String subject, String field) {
        return subject + (ctx.in(DOES_NOT_HAVE) ? " does not have " : " did not have ") + field + " set";
    }
}
