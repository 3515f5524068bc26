package dev.podnet.providers.cluster;

/**
 * {@code spec.iam} as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 decoded it: 378 probes
 * ({@code oracle/iam.tsv}, {@code scripts/oracle/cluster-field-probes}), 38 cases on a v1alpha2 AWS Calico cluster at
 * every release and 12 on a v1alpha3 one at 1.30, 1.33.1 and 1.36. Each IAMSpec field given {@code [[1]]} and a value
 * of a neighbouring type ({@code legacy: "true"}, {@code permissionsBoundary: 1}, {@code serviceAccountExternalPermissions: {}},
 * an entry's {@code name: 1}, {@code aws: x}, {@code aws.policyARNs: x}, {@code aws.inlinePolicy: [1]}) is refused at
 * decode where kops knows it: legacy, allowContainerRegistry and permissionsBoundary at every release,
 * serviceAccountExternalPermissions from 1.21, useServiceAccountExternalPermissions from 1.22 (before, dropped unread);
 * v1alpha3 has no legacy. The right types, nulls and unknown keys are decoded, and then judged by kops' rules.
 */
class IamOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "iam";
    }

    @Override
    int probes() {
        return 378;
    }
}
