package dev.podnet.providers.cluster;

/**
 * The cluster's warm pool ({@link WarmPoolRules}) as kops-oracle judged it: 182 probes ({@code oracle/warm-pool.tsv},
 * {@code scripts/oracle/cluster-field-probes}): 17 v1alpha2 {@code spec.warmPool} blocks (2 of a JSON type kops' decoder refuses) on AWS at 1.19, 1.20, 1.21,
 * 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 (1.19 and 1.20 drop the field; its path and place move at 1.28), 4
 * v1alpha3 ones at 1.30, 1.33.1, 1.36, 4 on GCE at 1.33.1 and 1.36 (refused when decoded), and one order probe (the AWS
 * Load Balancer Controller, the warm pool, hooks, the autoscaler, the snapshot controller, the rolling update).
 */
class WarmPoolOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "warm-pool";
    }

    @Override
    int probes() {
        return 182;
    }
}
