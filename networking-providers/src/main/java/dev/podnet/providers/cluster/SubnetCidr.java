package dev.podnet.providers.cluster;

import dev.podnet.providers.internal.Cidr;

/**
 * A subnet's {@code cidr}, checked by FieldConstraints at {@code spec.networking.subnets[i].cidr}: kops' strict
 * {@code validateCIDR} at every release, up to 1.26 after the lenient parse ({@code subnet had an invalid cidr}, without
 * the subnet's name: kops-oracle 1.19, 1.22, 1.24 answer "bogus" with both, "172.20.32.1/19" with the strict one only).
 */
record SubnetCidr(
        @Cidr(strict = false, gate = "cluster.cidr-syntax#subnet-lenient", message = "subnet had an invalid cidr", hint = "write a CIDR such as 10.0.0.0/16")
        @Cidr(gate = "cluster.cidr-syntax#subnet-strict") String cidr) {
}
