package dev.podnet.providers.cluster;

/**
 * The {@code /LEN#N} form of a subnet's ipv6CIDR as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36
 * judged it ({@link SubnetAddressRules#hashForm}, kops' {@code utils.ParseCIDRNotation}): 99 probes
 * ({@code oracle/subnet-ipv6-hash.tsv}, {@code scripts/oracle/cluster-field-probes subnet-ipv6-hash}), 11 cases on a
 * v1alpha2 AWS Calico cluster's Public subnet at every release: the form, no hash, an empty, upper-case or non-hex
 * number, a trailing space, a negative or zero-padded length, a length over 128, numbers out of Go's int64. Found by the
 * edges set (seed 20261800: {@code /64#zz} at 1.22, 1.24, 1.28 and 1.33.1). Kops up to 1.21 does not know the field.
 */
class SubnetIpv6HashOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "subnet-ipv6-hash";
    }

    @Override
    int probes() {
        return 99;
    }
}
