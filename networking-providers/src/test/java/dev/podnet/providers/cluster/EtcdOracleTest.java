package dev.podnet.providers.cluster;

/**
 * {@code spec.etcdClusters} as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 judged it
 * ({@link EtcdClusterRules}): 354 probes ({@code oracle/etcd.tsv}, {@code scripts/oracle/cluster-field-probes etcd}),
 * 39 cases on a v1alpha2 AWS Calico cluster at every release and one on a v1alpha3 one at 1.30, 1.33.1 and 1.36. The
 * provider (Manager, Legacy, empty, Bogus, manager; v1alpha3 has none), members missing, empty, one to four, a
 * member's name or instance group empty or missing, the events and a cilium cluster, a cluster without a name,
 * storage versions (bogus, 4.0.0, 2.2.1, 3.4, 1.0.0, leading zeros, a v prefix and build, two clusters with different
 * versions) and etcd-manager settings kops does not check (env, logLevel; a negative backupRetentionDays, refused by kops's decoder from 1.28, is not probed: podnet's decode schema does not model etcd); and findings of other families beside them, for kops'
 * order. Versions kops only refuses when completing the spec (those etcd-manager does not support) are not probed.
 */
class EtcdOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "etcd";
    }

    @Override
    int probes() {
        return 354;
    }
}
