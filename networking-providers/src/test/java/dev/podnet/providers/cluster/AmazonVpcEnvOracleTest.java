package dev.podnet.providers.cluster;

/**
 * {@code networking.amazonvpc.env} items kops' templates write badly, as kops-oracle 1.19-1.36 judged them
 * ({@code oracle/amazonvpc-env.tsv}, {@code scripts/oracle/cluster-field-probes amazonvpc-env}): an empty, absent or
 * null name, a null item, names YAML reads as null ({@code null}, {@code ~}, {@code #x}, {@code {x}}), a number, a null
 * value, two items of one name. Up to 1.20 a name the first template writes as a null fails kops' build
 * ({@code amazonvpc.env-name.build}); 1.21 and 1.24-1.36 accept every case; 1.22 refuses amazonvpc on Kubernetes 1.30.
 */
class AmazonVpcEnvOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "amazonvpc-env";
    }

    @Override
    int probes() {
        return 135;
    }
}
