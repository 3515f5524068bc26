package dev.podnet.providers;

/**
 * The smallest AWS Cluster documents kops accepts (one Public subnet), with the caller's lines under
 * {@code spec.networking}: the same scaffolding for the tests that probe how a release reads a provider block.
 */
public final class MinimalClusters {
    private MinimalClusters() {}

    /** A {@code kops.k8s.io/v1alpha2} document; {@code networking} is indented four spaces. */
    public static String v1alpha2(String kubernetes, String networking) {
        return """
                apiVersion: kops.k8s.io/v1alpha2
                kind: Cluster
                metadata:
                  name: minimal.example.com
                spec:
                  cloudProvider: aws
                  kubernetesVersion: %s
                  networkCIDR: 172.20.0.0/16
                  networking:
                %s
                  nonMasqueradeCIDR: 100.64.0.0/10
                  subnets:
                  - cidr: 172.20.32.0/19
                    name: us-test-1a
                    type: Public
                    zone: us-test-1a
                """.formatted(kubernetes, networking);
    }

    /** A {@code kops.k8s.io/v1alpha3} document (CIDRs and subnets under networking); {@code networking} is indented four spaces. */
    public static String v1alpha3(String kubernetes, String networking) {
        return """
                apiVersion: kops.k8s.io/v1alpha3
                kind: Cluster
                metadata:
                  name: minimal.example.com
                spec:
                  cloudProvider:
                    aws: {}
                  kubernetesVersion: %s
                  networking:
                    networkCIDR: 172.20.0.0/16
                    nonMasqueradeCIDR: 100.64.0.0/10
                    subnets:
                    - cidr: 172.20.32.0/19
                      name: us-test-1a
                      type: Public
                      zone: us-test-1a
                %s
                """.formatted(kubernetes, networking);
    }
}
