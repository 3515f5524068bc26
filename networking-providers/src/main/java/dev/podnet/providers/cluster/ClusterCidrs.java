package dev.podnet.providers.cluster;

import dev.podnet.api.Networking;
import dev.podnet.providers.internal.Cidr;
import java.util.List;

/**
 * CIDR syntax of the cluster-level fields (spec B.2.8 rule 5), checked by FieldConstraints: up to
 * kops 1.26 a lenient {@code net.ParseCIDR} with {@code Cluster had an invalid <field>}; from 1.27
 * kops' strict {@code validateCIDR}. Paths are {@code spec.<field>} (≤1.25) or
 * {@code spec.networking.<field>} (1.26+), {@code additionalNetworkCIDRs[i]} for the list. additionalNetworkCIDRs
 * has kops' strict check at every release, up to 1.26 after the lenient one, which names the list without the index
 * (kops-oracle 1.19-1.24: "bogus" gets both, "10.1.0.1/16" the strict one only); an empty entry is checked as a value
 * (kops-oracle 1.19-1.36). Which check belongs to which releases
 * is the row of each gate in {@code cluster/rule-gates.yaml}.
 */
record ClusterCidrs(
        @Cidr(strict = false, gate = "cluster.cidr-syntax#lenient", message = "Cluster had an invalid networkCIDR")
        @Cidr(gate = "cluster.cidr-syntax#strict") String networkCIDR,
        List<@Cidr(strict = false, gate = "cluster.cidr-syntax#lenient", message = "Cluster had an invalid additionalNetworkCIDRs", indexed = false,
                        emptyChecked = true)
                @Cidr(gate = "cluster.cidr-syntax#additional-strict", emptyChecked = true) String> additionalNetworkCIDRs,
        @Cidr(strict = false, gate = "cluster.cidr-syntax#lenient", message = "Cluster had an invalid nonMasqueradeCIDR")
        @Cidr(gate = "cluster.cidr-syntax#strict") String nonMasqueradeCIDR,
        @Cidr(strict = false, gate = "cluster.cidr-syntax#lenient", message = "Cluster had an invalid podCIDR")
        @Cidr(gate = "cluster.cidr-syntax#strict") String podCIDR,
        @Cidr(strict = false, gate = "cluster.cidr-syntax#lenient", message = "Cluster had an invalid serviceClusterIPRange")
        @Cidr(gate = "cluster.cidr-syntax#strict") String serviceClusterIPRange) {

    /**
     * @param n the networking as written
     * @param networkCidrUnread whether kops leaves the networkCIDR and additionalNetworkCIDRs unparsed (a GCE cluster's:
     *                          {@link ClusterRanges#gceNetworkCidrUnread})
     */
    static ClusterCidrs of(Networking n, boolean networkCidrUnread) {
        return new ClusterCidrs(networkCidrUnread ? null : n.networkCIDR().orElse(null),
                networkCidrUnread ? List.of() : n.additionalNetworkCIDRs(), n.nonMasqueradeCIDR().orElse(null),
                n.podCIDR().orElse(null), n.serviceClusterIPRange().orElse(null));
    }
}
