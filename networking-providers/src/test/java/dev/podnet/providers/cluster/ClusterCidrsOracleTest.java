package dev.podnet.providers.cluster;

/**
 * The CIDR syntax of additionalNetworkCIDRs and of a subnet's cidr and ipv6CIDR as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24,
 * 1.28, 1.30, 1.33.1 and 1.36 judged it ({@link ClusterCidrs}, {@link SubnetCidr}, {@link SubnetAddressRules}): 232 probes
 * ({@code oracle/cluster-cidrs.tsv}, {@code scripts/oracle/cluster-field-probes cluster-cidrs}), 19 cases on a v1alpha2 AWS
 * Calico cluster at every release: unparsable values, empty entries, a bare address and host bits. kops' strict check applies at every
 * release (to ipv6CIDR from 1.22), up to 1.26 after the lenient parse, which names additionalNetworkCIDRs without the index.
 * The cluster's ranges with host bits (networkCIDR, additionalNetworkCIDRs, nonMasqueradeCIDR, podCIDR,
 * serviceClusterIPRange) are still compared with the others at every release, printed with their host bits cleared from
 * 1.27 ({@link ClusterRanges#shown}; found by the edges set, seed 20261802, v1.36.0-kubenet-001). And 2 cases on a GCE
 * cluster at 1.33.1 and 1.36: a networkCIDR written there is refused, not compared with the subnets (seed 20261805,
 * v1.33.1-gce-000); 6 more there: additionalNetworkCIDRs only refused, neither parsed nor compared (with IP aliases, inside
 * the nonMasqueradeCIDR, unparsable, host bits, equal to the podCIDR or a subnet; edges set, seed 20262023, v1.33.1-gce-000).
 * And 5 AWS cases: a subnet cidr with host bits is still compared with networkCIDR (outside it: refused twice, the syntax
 * first from 1.27, after up to 1.24), with no other range or subnet (edges set, seed 20262031, v1.36.0-kindnet-002).
 */
class ClusterCidrsOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "cluster-cidrs";
    }

    @Override
    int probes() {
        return 232;
    }
}
