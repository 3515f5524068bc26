package dev.podnet.providers.cluster;

/**
 * {@code spec.rollingUpdate} ({@link RollingUpdateRules}, {@link IntOrPercent}) as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24,
 * 1.28, 1.30, 1.33.1 and 1.36 judged it: 531 probes ({@code oracle/rolling-update.tsv},
 * {@code scripts/oracle/cluster-field-probes}), 57 blocks on an AWS Calico cluster (4 refused by kops' decoder) and 2 whole-spec order probes: numbers (2.0 read as 2), percentages, strings
 * without {@code %} (read as a percentage up to 1.22, refused from 1.24), negative, zero surge beside zero
 * unavailability after scaling, unparsable text, control and non-ASCII characters (Go's quoting in the value and
 * the detail; the value printed as the intstr struct up to 1.33.1, as JSON at 1.36), {@code drainAndTerminate}.
 */
class RollingUpdateOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "rolling-update";
    }

    @Override
    int probes() {
        return 531;
    }
}
