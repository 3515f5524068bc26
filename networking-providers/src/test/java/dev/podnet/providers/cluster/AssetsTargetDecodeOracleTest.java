package dev.podnet.providers.cluster;

/**
 * {@code spec.assets}, {@code spec.target} and a v1alpha3 {@code spec.configStore} as kops-oracle decoded them
 * ({@code oracle/assets-target-decode.tsv}, {@code scripts/oracle/cluster-field-probes}; 1.19-1.36, v1alpha3 at 1.30,
 * 1.33.1, 1.36): each block and field given {@code [[1]]} and a value of a neighbouring type, refused at decode
 * (terraform.filesProviderExtraConfig from 1.22); unknown keys dropped unread.
 */
class AssetsTargetDecodeOracleTest extends DecodeOracleTest {
    @Override
    String table() {
        return "assets-target-decode";
    }

    @Override
    int probes() {
        return 285;
    }
}
