package dev.podnet.providers.cluster;

/**
 * A Private subnet's {@code egress} as kops-oracle 1.19-1.36 judged it ({@code oracle/subnet-egress.tsv},
 * {@code scripts/oracle/cluster-field-probes subnet-egress}): a NAT gateway, an instance, External, an Elastic IP
 * allocation, a Transit Gateway (refused at 1.19, whose wording names no Transit Gateway), a bare {@code tgw}, a bogus
 * word, {@code external} in lower case, and the bare words {@code nat}, {@code i}, {@code eipalloc} (known: kops compares
 * the part before the first dash) and {@code tgwx} ({@code SubnetAddressRules}, {@code cluster.subnet-egress#eip}, {@code #tgw}).
 */
class SubnetEgressOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "subnet-egress";
    }

    @Override
    int probes() {
        return 108;
    }
}
