package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AWS subnets' zones kops builds its cloud from before it validates ({@link AwsRegionRule}), as kops-oracle judged
 * them at every release ({@code oracle/aws-zone.tsv}, {@code scripts/oracle/cluster-field-probes aws-zone}): no zone,
 * an empty one, zones of one and two characters, two zones of one region, zones of two regions, a second subnet
 * without a zone, two regions then an empty zone (the first failing subnet alone), and an empty zone beside refused
 * fields (kops reports the cloud's error alone). kops' text is podnet's detail; podnet names the zone's path.
 */
class AwsRegionOracleTest {
    static List<Row> rows() {
        return ClusterFieldOracle.rows("aws-zone");
    }

    @Test
    void everyReleaseIsProbed() {
        assertThat(rows()).hasSize(81);
        assertThat(rows().stream().map(Row::release).distinct()).hasSize(9);
        assertThat(rows().stream().filter(r -> r.answer().startsWith("BuildCloud: "))).hasSize(72);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetAnswersAsKops(Row row) {
        String podnet = ClusterFieldOracle.podnet(row);
        if (row.answer().startsWith("BuildCloud: ")) {
            assertThat(podnet).matches("spec\\.(networking\\.)?subnets\\[\\d\\]\\.zone: Invalid value: .*").endsWith(": " + row.kops());
        } else {
            assertThat(podnet).isEqualTo(row.kops());
        }
    }
}
