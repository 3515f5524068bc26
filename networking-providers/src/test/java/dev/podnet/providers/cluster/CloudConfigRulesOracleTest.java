package dev.podnet.providers.cluster;

/**
 * What kops refuses in {@code spec.cloudConfig} beyond its JSON types, as kops-oracle 1.19-1.36 judged it
 * ({@code oracle/cloud-config-rules.tsv}, {@code scripts/oracle/cluster-field-probes cloud-config-rules}): GCE's
 * {@code gceServiceAccount} (given, empty) and {@code gcpPDCSIDriver} ({@code enabled} true, false, an empty block) on
 * AWS, alone, together and beside refused fields, refused when decoded and alone from 1.28
 * ({@link CloudOnlyBlocksRule}); both on GCE at 1.33.1 and 1.36, accepted. {@code manageStorageClasses} against
 * OpenStack's {@code blockStorage.createStorageClass} (differing both ways, agreeing both ways, one alone, beside
 * refused hooks, file assets, IAM, rolling update, warm pool and API load balancer fields): refused on AWS at 1.20-1.22,
 * after the load balancer and before the warm pool ({@code cluster.storage-classes-disagree}).
 */
class CloudConfigRulesOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "cloud-config-rules";
    }

    @Override
    int probes() {
        return 146;
    }
}
