package dev.podnet.providers.cluster;

/**
 * {@code spec.hooks} ({@link HookRules}) as kops-oracle judged it: 237 probes ({@code oracle/hooks.tsv},
 * {@code scripts/oracle/cluster-field-probes}), 24 hooks on a v1alpha2 AWS cluster (2 refused by kops' decoder) at 1.19, 1.20, 1.21, 1.22, 1.24,
 * 1.28, 1.30, 1.33.1 and 1.36 (the same answer at each) and 7 in a v1alpha3 document at 1.30, 1.33.1 and 1.36
 * ({@code enabled: false} skips the hook there, {@code disabled} is not read).
 */
class HookOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "hooks";
    }

    @Override
    int probes() {
        return 237;
    }
}
