package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The v1alpha2 blocks kops keeps on AWS only, refused when a GCE document is converted ({@link CloudOnlyBlocksRule}), as
 * kops-oracle 1.33.1 and 1.36 judged them, with service-account-level IAM on GCE, a channel build failure
 * ({@link ServiceAccountIamCloudRule}): 116 probes ({@code oracle/aws-only-blocks.tsv},
 * {@code scripts/oracle/cluster-field-probes aws-only-blocks}): each block given ({@code {}}, enabled or not) and null,
 * all five together and with one dropped at a time (kops' conversion order), and beside other refused fields (kops
 * reports the refusal alone); {@code iam.useServiceAccountExternalPermissions} true and false, alone and beside a
 * field kops refuses first, and beside each {@code externalDns} provider (only a channel with dns-controller fails). 52 more
 * (found by the fields profile, seed 20262008): cloudConfig's AWS settings disableSecurityGroupIngress, elbSecurityGroup,
 * nodeIPFamilies, spotinstOrientation and spotinstProduct, alone (an empty string, false and an empty list counted, null not),
 * in pairs and beside the other blocks (kops' conversion order).
 */
class AwsOnlyBlocksOracleTest {
    static List<Row> rows() {
        return ClusterFieldOracle.rows("aws-only-blocks");
    }

    @Test
    void bothGceReleasesAreProbed() {
        assertThat(rows()).hasSize(116);
        assertThat(rows().stream().map(Row::release).distinct()).containsExactly("v1.33.1", "v1.36.0");
        assertThat(rows().stream().filter(r -> !r.kops().equals("accept"))).hasSize(93);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetAnswersAsKops(Row row) {
        if (row.answer().startsWith("Build: ")) {
            // kops' text names its channel's manifest; podnet's names the field
            assertThat(ClusterFieldOracle.podnet(row)).startsWith("spec.iam.useServiceAccountExternalPermissions: Forbidden: "
                    + "ServiceAccount-level IAM is not yet supported on cloud gce");
        } else {
            assertThat(ClusterFieldOracle.podnet(row)).isEqualTo(row.kops());
        }
    }
}
