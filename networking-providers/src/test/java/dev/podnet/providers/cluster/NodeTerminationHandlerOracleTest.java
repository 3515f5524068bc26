package dev.podnet.providers.cluster;

/**
 * The node termination handler's Queue Processor mode ({@link NodeTerminationHandlerRules}) as kops-oracle judged it: 407
 * probes ({@code oracle/node-termination-handler.tsv}, {@code scripts/oracle/cluster-field-probes
 * node-termination-handler}): 36 v1alpha2 {@code spec.nodeTerminationHandler} blocks on AWS at 1.19, 1.20, 1.21, 1.22,
 * 1.24, 1.28, 1.30, 1.33.1 and 1.36 (enabled or not, SQS draining on, off or unset, each draining and monitoring flag,
 * 16 of them drawn with a seed over the six flags, requests and the ASG tag, refused from 1.28 only; scheduled event
 * draining no longer checked at 1.36), one of them an
 * order probe (the termination handler first of the AWS block, then the AWS Load Balancer Controller and the warm pool,
 * then hooks, access lists and the rolling update), 3 v1alpha3 ones at 1.30, 1.33.1, 1.36 (the v1alpha2 key dropped),
 * and one on GCE at 1.33.1 and 1.36 (refused when decoded, {@link CloudOnlyBlocksRule}). 72 more, 8 cases (found by the
 * fields profile, seed 20262009): the handler enabled, unset or disabled beside Karpenter enabled or not, with and without
 * service-account external permissions and Queue Processor findings (refused beside Karpenter at 1.36 only).
 */
class NodeTerminationHandlerOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "node-termination-handler";
    }

    @Override
    int probes() {
        return 407;
    }
}
