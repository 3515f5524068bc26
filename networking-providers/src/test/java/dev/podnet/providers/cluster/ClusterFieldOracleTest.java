package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests of one table of {@link ClusterFieldOracle}: every oracle release probed, the table's size pinned, and
 * podnet's answer on each row kops' (where kops' decoder refused the document, podnet's reader must refuse it too).
 * Each subclass names its table and says what its rows probe.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClusterFieldOracleTest {
    /** The table's name: {@code oracle/<table>.tsv}. */
    abstract String table();

    /** How many rows the table holds (a regenerated table with fewer or more rows is a change to look at). */
    abstract int probes();

    List<Row> rows() {
        return ClusterFieldOracle.rows(table());
    }

    @Test
    void everyOracleReleaseIsProbed() {
        assertThat(rows()).hasSize(probes());
        assertThat(rows().stream().map(Row::release).distinct()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetAnswersAsKops(Row row) {
        if (row.refusedWhenDecoded()) {
            assertThat(ClusterFieldOracle.podnet(row)).startsWith(ClusterFieldOracle.DECODE_REFUSAL);
        } else if (row.refusedOutsideValidation()) {
            // the one finding, on a field, with kops' text as its detail
            assertThat(ClusterFieldOracle.podnet(row)).matches("spec\\.[\\w.\\[\\]]+: (Invalid value: \"[^\"]*\"|Required value): .*")
                    .endsWith(": " + row.kops());
        } else {
            assertThat(ClusterFieldOracle.podnet(row)).isEqualTo(row.kops());
        }
    }
}
