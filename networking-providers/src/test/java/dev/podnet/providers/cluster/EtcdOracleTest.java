package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code spec.etcdClusters} as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 judged it
 * ({@link EtcdClusterRules}): 697 probes ({@code oracle/etcd.tsv}, {@code scripts/oracle/cluster-field-probes etcd}),
 * 49 cases on a v1alpha2 AWS Calico cluster at every release and one on a v1alpha3 one at 1.30, 1.33.1 and 1.36. The provider
 * (Manager, Legacy at Kubernetes 1.17.0, 1.18.0 and 1.30.2, empty, Bogus, manager; v1alpha3 has none), members missing,
 * empty, one to four, a member's name or instance group empty or missing, the events and a cilium cluster, a cluster
 * without a name, storage versions (bogus, 4.0.0, 2.2.1, 3.4, 1.0.0, leading zeros in a part and in a pre-release, a
 * pre-release, build metadata, a v, V or vv prefix, a leading space, a major past 64 bits, two clusters with different
 * versions) and etcd-manager settings kops does not check (env, logLevel); and findings of other families beside them,
 * for kops' order (the topology, the networking block, the etcd clusters, then rollingUpdate). Then (652 probes in all) what
 * kops refuses while it populates and completes the spec: two members of one name, two clusters of one name (their
 * backup stores), equal {@code backups.backupStore} values (accepted), and stated versions etcd-manager does or does
 * not run at each release (3.0.1 to 3.6.13, with and without a leading v). No row here is refused by
 * kops' decoder: values of the wrong JSON type (a negative {@code manager.backupRetentionDays} from 1.28, ...) are
 * {@link EtcdDecodeOracleTest}'s. 45 more probes, 5 cases (found by the fields profile, seed 20262007): one cluster stating
 * a version, the other none, at Kubernetes 1.15.10, 1.30.2, 1.33.10 and 1.34.1: on the completed spec the other has kops'
 * default version ({@code cluster.yaml etcdDefaultVersions}), compared with the stated one.
 * podnet's deliberate differences: an etcd cluster without members, which kops refuses ("No members defined in etcd
 * cluster"), and no etcd cluster at all (kops 1.24+: "spec.etcdClusters: Required value"), podnet accepts
 * (docs/release-boundaries.md).
 */
class EtcdOracleTest extends ClusterFieldOracleTest {
    private static final String NO_MEMBERS = ".etcdMembers: Required value: No members defined in etcd cluster";
    private static final String NO_CLUSTERS = "spec.etcdClusters: Required value";

    @Override
    String table() {
        return "etcd";
    }

    @Override
    int probes() {
        return 697;
    }

    @Override
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetAnswersAsKops(Row row) {
        String kops = row.kops().equals(NO_CLUSTERS) ? "accept" : withoutMissingMembers(row.kops());
        if (fieldless(kops)) {
            // kops' cluster population and completion name no field: its text is podnet's detail, podnet names the field
            assertThat(ClusterFieldOracle.podnet(row)).matches("spec\\.etcdClusters\\[\\d+\\][\\w.\\[\\]]*: Internal error: .*")
                    .endsWith(": " + kops);
        } else {
            assertThat(ClusterFieldOracle.podnet(row)).isEqualTo(kops);
        }
    }

    /** kops' messages of its cluster population and of building the complete spec, which name no field. */
    private static boolean fieldless(String kops) {
        return kops.startsWith("EtcdMembers found with same name ") || kops.startsWith("error building complete spec: ");
    }

    @Test
    void completionRefusalsAreProbed() {
        assertThat(rows().stream().filter(r -> fieldless(r.kops()))).hasSizeGreaterThan(60);
        // podnet's deliberate difference: no etcd cluster at all is accepted (kops 1.24+ refuse it)
        assertThat(rows().stream().filter(r -> r.kops().equals(NO_CLUSTERS))).hasSize(10)
                .allSatisfy(r -> assertThat(ClusterFieldOracle.podnet(r)).isEqualTo("accept"));
    }

    @Test
    void onlyMissingMembersAreAcceptedWhereKopsRefuses() {
        List<Row> differing = rows().stream().filter(r -> !withoutMissingMembers(r.kops()).equals(r.kops())).toList();
        assertThat(differing).hasSize(39);
        assertThat(differing).allSatisfy(r -> assertThat(r.kops()).contains(NO_MEMBERS));
    }

    /** kops' answer without its findings of an etcd cluster that has no members. */
    static String withoutMissingMembers(String kops) {
        boolean many = kops.startsWith("[spec.");
        List<String> findings = many ? Arrays.asList(kops.substring(1, kops.length() - 1).split(", (?=spec\\.)")) : List.of(kops);
        List<String> kept = findings.stream().filter(f -> !(f.startsWith("spec.etcdClusters[") && f.endsWith(NO_MEMBERS))).toList();
        if (kept.size() == findings.size()) return kops;
        if (kept.isEmpty()) return "accept";
        return kept.size() == 1 ? kept.get(0) : "[" + String.join(", ", kept) + "]";
    }
}
