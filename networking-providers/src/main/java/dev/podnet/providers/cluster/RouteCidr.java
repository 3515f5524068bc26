package dev.podnet.providers.cluster;

import dev.podnet.providers.internal.Cidr;

/**
 * An additional route's {@code cidr}, checked by FieldConstraints at {@code ...additionalRoutes[i].cidr} with kops' strict
 * {@code validateCIDR} (kops-oracle 1.28-1.36: "Could not be parsed as a CIDR", host bits refused); kops 1.24 parses it
 * leniently instead ({@link AdditionalRouteRules}).
 */
record RouteCidr(@Cidr(gate = "cluster.subnet-routes#strict-cidr") String cidr) {
}
