package dev.podnet.providers.cluster;

/**
 * {@code spec.fileAssets} ({@link FileAssetRules}) as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36
 * judged it: 180 probes ({@code oracle/file-assets.tsv}, {@code scripts/oracle/cluster-field-probes}), 20 entries (3 refused by kops' decoder: a number, a string for roles, a string entry) on an
 * AWS Calico cluster, the same answer at each release: name and content required, path, roles (unknown words, lower
 * case, empty), base64 content and duplicate names not checked.
 */
class FileAssetOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "file-assets";
    }

    @Override
    int probes() {
        return 180;
    }
}
