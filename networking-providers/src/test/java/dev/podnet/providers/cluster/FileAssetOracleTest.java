package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code spec.fileAssets} ({@link FileAssetRules}) as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36
 * judged it: 180 probes ({@code oracle/file-assets.tsv}, {@code scripts/oracle/cluster-field-probes}), 20 entries (3 refused by kops' decoder: a number, a string for roles, a string entry) on an
 * AWS Calico cluster, the same answer at each release: name and content required, path, roles (unknown words, lower
 * case, empty), base64 content and duplicate names not checked.
 */
class FileAssetOracleTest {
    static List<Row> rows() {
        return ClusterFieldOracle.rows("file-assets");
    }

    @Test
    void everyOracleReleaseIsProbed() {
        assertThat(rows()).hasSize(180);
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
