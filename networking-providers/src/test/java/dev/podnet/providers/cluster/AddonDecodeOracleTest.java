package dev.podnet.providers.cluster;

/**
 * The JSON types kops' decoder wants in the addon blocks ({@code decode-schema.yaml}): nodeProblemDetector,
 * nodeTerminationHandler, metricsServer, certManager, awsLoadBalancerController, snapshotController,
 * clusterAutoscaler, karpenter, externalDns (v1alpha3: externalDNS) and ntp, and v1alpha3's cloudProvider.aws
 * nodeTerminationHandler and loadBalancerController, as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1
 * and 1.36 decoded them: 2247 probes ({@code oracle/addon-decode.tsv}, {@code scripts/oracle/cluster-field-probes
 * addon-decode}), 211 cases on a v1alpha2 AWS Calico cluster at every release and 116 on a v1alpha3 one at 1.30, 1.33.1
 * and 1.36.
 * Each block given {@code x} and {@code [[1]]}, each field of kops' struct given {@code [[1]]} and a value of a
 * neighbouring type, an unknown key {@code [[1]]} and the block {@code null}; a field is refused from the release kops knows it
 * and dropped unread before; where kops names the field it refused, podnet names it too ({@link DecodeOracleTest}).
 */
class AddonDecodeOracleTest extends DecodeOracleTest {
    @Override
    String table() {
        return "addon-decode";
    }

    @Override
    int probes() {
        return 2247;
    }
}
