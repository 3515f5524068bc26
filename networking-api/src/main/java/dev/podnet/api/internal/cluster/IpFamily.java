package dev.podnet.api.internal.cluster;

import dev.podnet.api.Cluster;

/**
 * The address family of a cluster, the one definition podnet uses everywhere (validation, defaults and
 * rendering). kops decides it from
 * the text of {@code nonMasqueradeCIDR} alone ({@code IsIPv6Only} in kops pkg/apis/kops/cluster.go,
 * through {@code IsIPv6CIDR} in upup/pkg/fi/utils: "contains a colon"), so a value that does not
 * parse as a CIDR still counts as IPv6 when it contains {@code :}.
 */
public final class IpFamily {
    private IpFamily() {
    }

    /** kops' {@code IsIPv6Only}: the nonMasqueradeCIDR is written as an IPv6 CIDR. */
    public static boolean isIpv6Only(Cluster cluster) {
        return cluster.networking().nonMasqueradeCIDR().isPresent() && isIpv6Cidr(cluster.networking().nonMasqueradeCIDR().get());
    }

    /** kops' {@code IsIPv6CIDR}: the text contains a colon. */
    public static boolean isIpv6Cidr(String cidr) {
        return cidr != null && cidr.contains(":");
    }
}
