package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The JSON types kops' decoder wants in {@code spec.etcdClusters} ({@code decode-schema.yaml}): each cluster
 * (EtcdClusterSpec), each of its {@code etcdMembers} (EtcdMemberSpec), {@code backups}, {@code manager} and each
 * {@code manager.env} entry, as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 decoded them:
 * 1164 probes ({@code oracle/etcd-decode.tsv}, {@code scripts/oracle/cluster-field-probes etcd-decode}), 97 cases on a
 * v1alpha2 AWS Calico cluster at every release and 97 on a v1alpha3 one at 1.30, 1.33.1 and 1.36. {@code etcdClusters}
 * given {@code x} and {@code [x]}, each field of kops' structs given {@code [[1]]} and a value of a neighbouring type,
 * an unknown key of each struct {@code [[1]]}, nulls (fields, a member, an env entry: kops' zero value, decoded; a null
 * member is then a member without a name), and one cluster with a valid value in every typed field; a field is
 * refused from the release kops knows it and dropped unread before (the manager's discoveryPollInterval from 1.20,
 * listenMetricsURLs, backupInterval and backupRetentionDays from 1.28); v1alpha2 and v1alpha3 spell a member's
 * IOPS and KMS key differently, and v1alpha3 has no provider, TLS or timing fields. Where kops names the field it
 * refused, podnet names it too ({@link DecodeOracleTest}).
 */
class EtcdDecodeOracleTest extends DecodeOracleTest {
    private static final String NEGATIVE_RETENTION =
            "{\"etcdClusters\": [{\"name\": \"main\", \"etcdMembers\": [{\"instanceGroup\": \"master-us-test-1a\", \"name\": \"a\"}], "
                    + "\"manager\": {\"backupRetentionDays\": -1}}, {\"name\": \"events\", \"etcdMembers\": "
                    + "[{\"instanceGroup\": \"master-us-test-1a\", \"name\": \"a\"}]}]}";

    @Override
    String table() {
        return "etcd-decode";
    }

    @Override
    int probes() {
        return 1164;
    }

    @Test
    void mostProbesAreRefusedAtDecode() {
        assertThat(rows().stream().filter(ClusterFieldOracle.Row::refusedWhenDecoded)).hasSize(849);
    }

    @Test
    void aNegativeBackupRetentionIsRefusedOnceKopsKnowsTheField() {
        // a uint32 from 1.28 (kops-oracle); 1.24 drops the field unread
        assertThat(rows().stream().filter(r -> r.base().equals("aws") && r.keys().equals(NEGATIVE_RETENTION)))
                .extracting(r -> r.release() + " " + r.refusedWhenDecoded())
                .containsExactly("v1.19.0 false", "v1.20.0 false", "v1.21.0 false", "v1.22.0 false", "v1.24.0 false",
                        "v1.28.0 true", "v1.30.0 true", "v1.33.1 true", "v1.36.0 true");
        ClusterFieldOracle.Row at128 = rows().stream()
                .filter(r -> r.keys().equals(NEGATIVE_RETENTION) && r.release().equals("v1.28.0")).findFirst().orElseThrow();
        assertThat(ClusterFieldOracle.podnet(at128))
                .isEqualTo(ClusterFieldOracle.DECODE_REFUSAL + "spec.etcdClusters[0].manager.backupRetentionDays");
    }
}
