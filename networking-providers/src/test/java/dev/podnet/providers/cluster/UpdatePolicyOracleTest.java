package dev.podnet.providers.cluster;

/**
 * {@code spec.updatePolicy} ({@link UpdatePolicyRule}) as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36
 * judged it: 72 probes ({@code oracle/update-policy.tsv}, {@code scripts/oracle/cluster-field-probes}) on an AWS Calico
 * cluster: external, automatic (refused at 1.19 only), an empty string, other words and letter cases, null, every rule
 * of this change at once beside kube-apiserver's and the kubelet's {@code logFormat}, and the same beside the AWS Load
 * Balancer Controller and the autoscaler's expander (kops' order).
 */
class UpdatePolicyOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "update-policy";
    }

    @Override
    int probes() {
        return 72;
    }
}
