package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A GCE cluster's written networkCIDR: kops only forbids it, neither parsing it nor comparing it with the other ranges
 * (gate {@code cluster.networkCIDR-cloud#gce-unread}). Hand probes of kops-oracle on the GCE base of
 * {@link ClusterFieldOracle} (found by the edges set, seed 20261901, v1.36.0-gce-002: podnet also refused the host
 * bits of 172.20.0.1/16).
 */
class GceNetworkCidrOracleTest {
    private static final String FORBIDDEN = "PopulateClusterSpec: spec.networking.networkCIDR: Forbidden: gce doesn't support networkCIDR";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "v1.33.1;{\"networkCIDR\": \"bogus\"}",
        "v1.36.0;{\"networkCIDR\": \"bogus\"}",
        "v1.33.1;{\"networkCIDR\": \"172.20.0.1/16\"}",
        "v1.36.0;{\"networkCIDR\": \"172.20.0.1/16\"}",
        // a nonMasqueradeCIDR that overlaps it is not compared with it either
        "v1.33.1;{\"networkCIDR\": \"10.0.0.0/8\", \"nonMasqueradeCIDR\": \"10.0.0.0/8\"}",
        "v1.36.0;{\"networkCIDR\": \"10.0.0.0/8\", \"nonMasqueradeCIDR\": \"10.0.0.0/8\"}",
    })
    void onlyForbidden(String release, String keys) {
        Row row = new Row(release, "gce", keys, FORBIDDEN);
        assertThat(ClusterFieldOracle.podnet(row)).isEqualTo(row.kops());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v1.33.1", "v1.36.0"})
    void anAwsClusterStillHasItsNetworkCidrChecked(String release) {
        Row row = new Row(release, "aws", "{\"networkCIDR\": \"bogus\"}", "");
        assertThat(ClusterFieldOracle.podnet(row)).contains("spec.networking.networkCIDR: Invalid value: \"bogus\"");
    }
}
