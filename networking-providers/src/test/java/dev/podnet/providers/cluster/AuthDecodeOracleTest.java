package dev.podnet.providers.cluster;

/**
 * {@code spec.authentication}, {@code spec.authorization} and {@code spec.nodeAuthorization} as kops-oracle 1.19-1.36
 * decoded them ({@code oracle/auth-decode.tsv}, {@code scripts/oracle/cluster-field-probes}; v1alpha3 at 1.30, 1.33.1,
 * 1.36): each block and field given {@code [[1]]} and a value of a neighbouring type (a quantity {@code abc}, a duration
 * {@code abc}, identityMappings {@code {}}), refused at decode where kops knows it (aws.identityMappings from 1.24; oidc
 * in v1alpha3 only; no nodeAuthorization in v1alpha3).
 */
class AuthDecodeOracleTest extends DecodeOracleTest {
    @Override
    String table() {
        return "auth-decode";
    }

    @Override
    int probes() {
        return 870;
    }
}
