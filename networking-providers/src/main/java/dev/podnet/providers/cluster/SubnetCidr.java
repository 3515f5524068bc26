package dev.podnet.providers.cluster;

import dev.podnet.providers.internal.Cidr;

/**
 * A subnet's {@code cidr} from kops 1.27 (strict {@code validateCIDR}), checked by FieldConstraints
 * at {@code spec.networking.subnets[i].cidr}. Up to 1.26 kops' detail names the subnet
 * ({@code subnet "<name>" had an invalid cidr}), which a constraint cannot see, so
 * {@link ClusterRules} reports that one.
 */
record SubnetCidr(@Cidr(gate = "cluster.cidr-syntax#strict") String cidr) {
}
