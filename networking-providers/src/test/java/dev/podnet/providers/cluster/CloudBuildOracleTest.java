package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What stops kops building its cloud before it validates ({@link CloudBuildRules}), as kops-oracle judged it
 * ({@code scripts/oracle/cluster-field-probes aws-zone gce-build}). {@code oracle/aws-zone.tsv}, every release: no zone,
 * an empty one, zones of one and two characters, two zones of one region, zones of two regions, a second subnet
 * without a zone, two regions then an empty zone (the first failing subnet alone), an empty zone beside refused fields
 * (the cloud's error alone), no subnet at all. {@code oracle/gce-build.tsv}, 1.33.1 and 1.36: the project null and empty, beside refused
 * fields; no subnet naming a region (no region, an empty one, a zone instead, no subnets), one without beside one with
 * (validation's finding then), no region and no project (the region first); a v1alpha3 document's project under
 * {@code cloudProvider.gce} given, empty and absent. kops' text is podnet's detail; podnet names the field.
 */
class CloudBuildOracleTest {
    static Stream<Row> rows() {
        return Stream.concat(ClusterFieldOracle.rows("aws-zone").stream(), ClusterFieldOracle.rows("gce-build").stream());
    }

    @Test
    void theTablesHoldEveryProbe() {
        List<Row> aws = ClusterFieldOracle.rows("aws-zone");
        assertThat(aws).hasSize(90);
        assertThat(aws.stream().map(Row::release).distinct()).hasSize(9);
        assertThat(aws.stream().filter(r -> r.answer().startsWith("BuildCloud: "))).hasSize(81);
        List<Row> gce = ClusterFieldOracle.rows("gce-build");
        assertThat(gce).hasSize(26);
        assertThat(gce.stream().map(Row::release).distinct()).containsExactly("v1.33.1", "v1.36.0");
        assertThat(gce.stream().filter(r -> r.answer().startsWith("BuildCloud: "))).hasSize(20);
        assertThat(gce.stream().filter(r -> r.base().equals("gce-v1alpha3"))).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetAnswersAsKops(Row row) {
        String podnet = ClusterFieldOracle.podnet(row);
        if (row.answer().startsWith("BuildCloud: ")) {
            assertThat(podnet).matches("spec\\.[\\w.\\[\\]]+: (Invalid value: \"[^\"]*\"|Required value): .*").endsWith(": " + row.kops());
        } else {
            assertThat(podnet).isEqualTo(row.kops());
        }
    }
}
