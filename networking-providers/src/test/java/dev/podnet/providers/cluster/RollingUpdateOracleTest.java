package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code spec.rollingUpdate} ({@link RollingUpdateRules}, {@link IntOrPercent}) as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24,
 * 1.28, 1.30, 1.33.1 and 1.36 judged it: 531 probes ({@code oracle/rolling-update.tsv},
 * {@code scripts/oracle/cluster-field-probes}), 57 blocks on an AWS Calico cluster (4 refused by kops' decoder) and 2 whole-spec order probes: numbers (2.0 read as 2), percentages, strings
 * without {@code %} (read as a percentage up to 1.22, refused from 1.24), negative, zero surge beside zero
 * unavailability after scaling, unparsable text, control and non-ASCII characters (Go's quoting in the value and
 * the detail; the value printed as the intstr struct up to 1.33.1, as JSON at 1.36), {@code drainAndTerminate}.
 */
class RollingUpdateOracleTest {
    static List<Row> rows() {
        return ClusterFieldOracle.rows("rolling-update");
    }

    @Test
    void everyOracleReleaseIsProbed() {
        assertThat(rows()).hasSize(531);
        assertThat(rows().stream().map(Row::release).distinct()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetAnswersAsKops(Row row) {
        if (row.refusedWhenDecoded()) {
            assertThat(ClusterFieldOracle.podnet(row)).startsWith(ClusterFieldOracle.DECODE_REFUSAL);
        } else {
            assertThat(ClusterFieldOracle.podnet(row)).isEqualTo(row.kops());
        }
    }
}
