package dev.podnet.providers.cluster;

/**
 * {@code spec.cloudConfig} as kops-oracle 1.19-1.36 decoded it ({@code oracle/cloud-config-decode.tsv},
 * {@code scripts/oracle/cluster-field-probes}; v1alpha3 at 1.30, 1.33.1, 1.36): the block and each CloudConfiguration
 * field (awsEBSCSIDriver and gcpPDCSIDriver with theirs, openstack's blocks loadbalancer, monitor, router, blockStorage,
 * network and metadata with theirs, azure's) given {@code [[1]]} and a value of a neighbouring type, refused at decode
 * from the release kops knows it; v1alpha3 decodes only manageStorageClasses there. Then a whole openstack and azure
 * block of the right types, accepted at every release. And
 * {@code spec.cloudProvider}: a string in v1alpha2 (a mapping, a number, a list refused at decode), a struct of clouds in
 * v1alpha3 ({@code aws}, {@code [[1]]}, {@code {aws: 1}} and each AWS and GCE field given a neighbouring type refused;
 * the openstack, azure, do, hetzner and scaleway blocks and openstack's and azure's fields given {@code [[1]]} and a
 * neighbouring type, refused at 1.30-1.36).
 */
class CloudConfigDecodeOracleTest extends DecodeOracleTest {
    @Override
    String table() {
        return "cloud-config-decode";
    }

    @Override
    int probes() {
        return 1908;
    }
}
