package dev.podnet.providers.cluster;

/**
 * The AWS IAM authenticator's identity mappings ({@link AuthenticationRules}) as kops-oracle judged them: 198 probes
 * ({@code oracle/authentication.tsv}, {@code scripts/oracle/cluster-field-probes authentication}): 21 v1alpha2
 * {@code spec.authentication} blocks on AWS at 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 (empty,
 * {@code aws}, {@code kopeio}, {@code oidc}, both authenticators, backend modes, images and resources, identity mappings
 * with and without {@code CRD}, ARNs of every shape the SDK's parse tells apart; refused from 1.24 only), three of them
 * order probes (after the termination handler, the controller, the warm pool, hooks, {@code kubeAPIServer}, the
 * kubelet, the API load balancer's TLS and the EBS CSI driver; before the service account issuer discovery), one v1alpha3 one at 1.30, 1.33.1, 1.36, and 3 on GCE at
 * 1.33.1 and 1.36 (accepted: kops checks the block on AWS only).
 */
class AuthenticationOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "authentication";
    }

    @Override
    int probes() {
        return 198;
    }
}
