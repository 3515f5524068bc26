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

    /**
     * The phase before the provider's own defaults: provider choice, topology, CIDRs, subnets.
     *
     * @param c the cluster as read
     * @param r the kops release whose rules apply
     * @param applied receives one {@link AppliedDefault} per value set here
     * @return the cluster with the cluster-level ranges, topology and subnets filled in; {@code c} when
     *         nothing was missing
     * @throws IllegalArgumentException when kops' subnet or GCE range assignment refuses the spec (a
     *         subnet without type or CIDR, no room in {@code networkCIDR}); the message is kops'
     */
    public static Cluster beforeProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        c = EmptyGoStrings.clear(c, r, applied);
        c = UnknownNetworkingFields.drop(c, applied);
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
     *
     * @param c the cluster {@code kops create cluster} built
     * @param r the kops release whose rules apply
     * @param applied receives one {@link AppliedDefault} per value set here
     * @return the cluster with network, non-masquerade and subnet CIDRs assigned
     * @throws IllegalArgumentException when kops' subnet or GCE range assignment refuses the spec
     */
    public static Cluster performAssignments(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        c = RangeDefaults.networkCidr(c, r, applied);
        c = GceRanges.assign(c, r, applied);
        c = RangeDefaults.nonMasquerade(c, r, applied);
        c = SubnetCidrAssignment.assign(c, r, applied);
        return EgressProxyExcludes.assign(c, r, applied);
    }

    /**
     * The phase after the provider's defaults: options builders of KCM and kube-proxy.
     *
     * @param c the cluster with its provider completed
     * @param r the kops release whose rules apply
     * @param applied receives one {@link AppliedDefault} per value set here
     * @return the cluster with kube-controller-manager and kube-proxy networking options filled in
     */
    public static Cluster afterProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        return ControllerDefaults.apply(c, r, applied);
    }

    static Cluster withNetworking(Cluster c, Networking n) {
        return c.toBuilder().networking(n).build();
    }
}
