package dev.podnet.providers.cluster;

/**
 * A subnet's additionalRoutes as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 judged them
 * ({@link AdditionalRouteRules}): 621 probes ({@code oracle/additional-routes.tsv},
 * {@code scripts/oracle/cluster-field-probes additional-routes}), cases on a v1alpha2 AWS Calico cluster at every
 * release and 2 on its v1alpha3 twin at 1.30-1.36 (with 4 on shared subnets, found by the edges set, seed 20261800,
 * v1.33.1-flannel-000, and 9 on routes inside networkCIDR to each target kind on Private, Public and shared subnets: only a
 * peering connection's is refused, seed 20261805, v1.24.0-kuberouter-002): routes on Public, Utility and Private subnets (an empty list too), each target prefix, unparsable cidrs and
 * host bits, IPv6 cidrs, routes inside networkCIDR or an additionalNetworkCIDR, two routes with one cidr, and values of another JSON type (refused at decode from 1.24). Up to 1.22
 * kops drops the field unread and accepts every case. Then routes on shared subnets (with an id: refused whatever the
 * type, 1.24-1.36), on subnets without a cidr or of an unknown or no type, where kops' PerformAssignments fails first
 * and alone ({@link SubnetAssignmentRules}: an unknown type without a cidr at every release; at 1.28-1.36 a Private
 * subnet left no block beside a Utility one with a cidr, beside a refused updatePolicy too), and 10 cases on GCE at
 * 1.33.1 and 1.36 (one v1alpha3), where kops checks no route at all.
 */
class AdditionalRoutesOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "additional-routes";
    }

    @Override
    int probes() {
        return 621;
    }
}
