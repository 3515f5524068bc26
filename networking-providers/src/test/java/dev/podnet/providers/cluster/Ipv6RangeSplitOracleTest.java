package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.yaml.ClusterYaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An IPv6 nonMasqueradeCIDR before kops 1.22: kops cannot split it into the ranges it computes (the default service range,
 * kube-controller-manager's clusterCIDR) and refuses the spec with "IPV6 subnet computations not yet implements" (cluster.yaml
 * {@code ipv6RangeSplitRefused}). Hand probe of kops-oracle 1.19, 1.20, 1.21 and 1.22 on an AWS Calico cluster with
 * nonMasqueradeCIDR ::/0 (found by the edges set, seed 20261802, v1.20.0-flannel-002): refused at 1.19-1.21 unless both
 * ranges are written, accepted at 1.22.
 */
class Ipv6RangeSplitOracleTest {
    private static final String SPEC = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: minimal.example.com
            spec:
              cloudProvider: aws
              configBase: memfs://clusters.example.com/minimal.example.com
              etcdClusters:
              - etcdMembers:
                - instanceGroup: master-us-test-1a
                  name: a
                name: main
              - etcdMembers:
                - instanceGroup: master-us-test-1a
                  name: a
                name: events
              iam: {}
              kubernetesVersion: %s
              networkCIDR: 172.20.0.0/16
              networking:
                calico: {}
              nonMasqueradeCIDR: "::/0"
              subnets:
              - cidr: 172.20.32.0/19
                name: us-test-1a
                type: Public
                zone: us-test-1a
            """;
    private static final String SERVICE = "  serviceClusterIPRange: \"fd00:5e4f:ce::/108\"\n";
    private static final String KCM = "  kubeControllerManager:\n    clusterCIDR: \"fd00:1::/64\"\n";
    private static final String POD = "  podCIDR: \"fd00:1::/64\"\n";

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = ';', value = {
        "1.19.0;1.19.3;none;true", "1.19.0;1.19.3;service;true", "1.19.0;1.19.3;service+kcm;false", "1.19.0;1.19.3;service+pod;true",
        "1.20.0;1.20.3;none;true", "1.20.0;1.20.3;service;true", "1.20.0;1.20.3;service+kcm;false", "1.20.0;1.20.3;service+pod;true",
        "1.21.0;1.21.3;none;true", "1.21.0;1.21.3;service;true", "1.21.0;1.21.3;service+kcm;false", "1.21.0;1.21.3;service+pod;true",
        "1.22.0;1.22.3;none;false", "1.22.0;1.22.3;service;false", "1.22.0;1.22.3;service+kcm;false", "1.22.0;1.22.3;service+pod;false",
    })
    void refusedAsKops(String release, String kubernetes, String written, boolean refused) {
        String spec = SPEC.formatted(kubernetes) + (written.contains("service") ? SERVICE : "") + (written.contains("kcm") ? KCM : "")
                + (written.contains("pod") ? POD : "");
        Podnet kops = Podnet.forRelease(release);
        if (refused) {
            assertThatThrownBy(() -> kops.complete(ClusterYaml.read(spec))).isInstanceOf(InvalidSpecException.class)
                    .hasMessageContaining("IPV6 subnet computations not yet implements");
        } else {
            assertThat(kops.complete(ClusterYaml.read(spec)).cluster().networking().nonMasqueradeCIDR()).contains("::/0");
        }
    }
}
