package dev.podnet.providers.cluster;

import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.version.KopsVersion;

/**
 * Cluster-level networking defaults (kops' {@code PerformAssignments}, {@code assignSubnets},
 * {@code gce.PerformNetworkAssignments} and the KCM / kube-proxy options builders), in kops' order.
 * Each step lives in its own type; values by release come from {@link ClusterFacts}
 * ({@code dev/podnet/providers/cluster/cluster.yaml}). Stateless and thread-safe.
 */
public final class ClusterDefaults {
    private ClusterDefaults() {
    }

    /** The phase before the provider's own defaults: provider choice, topology, CIDRs, subnets. */
    public static Cluster beforeProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        c = UnknownSubnetFields.drop(c, r, applied);
        c = RangeDefaults.impliedProvider(c, r, applied);
        c = TopologyDefaults.apply(c, r, applied);
        c = RangeDefaults.networkCidr(c, r, applied);
        c = GceRanges.assign(c, r, applied);
        c = RangeDefaults.nonMasquerade(c, r, applied);
        c = SubnetCidrAssignment.assign(c, r, applied);
        c = EgressProxyExcludes.assign(c, r, applied);
        c = RangeDefaults.serviceRange(c, r, applied);
        c = RangeDefaults.podRange(c, r, applied);
        return c;
    }

    /**
     * kops' {@code PerformAssignments} alone, as {@code kops create cluster} runs it on the spec it built:
     * network CIDR, GCE ranges, non-masquerade range, subnet CIDRs and egress-proxy excludes (no service
     * or pod range: those come later, from {@code PopulateClusterSpec}).
     */
    public static Cluster performAssignments(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        c = RangeDefaults.networkCidr(c, r, applied);
        c = GceRanges.assign(c, r, applied);
        c = RangeDefaults.nonMasquerade(c, r, applied);
        c = SubnetCidrAssignment.assign(c, r, applied);
        return EgressProxyExcludes.assign(c, r, applied);
    }

    /** The phase after the provider's defaults: options builders of KCM and kube-proxy. */
    public static Cluster afterProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        return ControllerDefaults.apply(c, r, applied);
    }

    static Cluster withNetworking(Cluster c, Networking n) {
        return c.toBuilder().networking(n).build();
    }
}
