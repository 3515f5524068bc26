package dev.podnet.providers.cluster;

/**
 * {@code spec.gossipConfig} and {@code spec.dnsControllerGossipConfig} as kops-oracle 1.19-1.36 decoded them
 * ({@code oracle/gossip-decode.tsv}, {@code scripts/oracle/cluster-field-probes}; v1alpha3 at 1.30, 1.33.1, 1.36): each
 * block, its secondary and each field given {@code [[1]]} and a value of a neighbouring type, refused at decode.
 */
class GossipDecodeOracleTest extends DecodeOracleTest {
    @Override
    String table() {
        return "gossip-decode";
    }

    @Override
    int probes() {
        return 477;
    }
}
