package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;
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

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = ';', value = {
        "1.19.0;1.19.3;none;true", "1.19.0;1.19.3;service;true", "1.19.0;1.19.3;service+kcm;false", "1.19.0;1.19.3;service+pod;true",
        "1.20.0;1.20.3;none;true", "1.20.0;1.20.3;service;true", "1.20.0;1.20.3;service+kcm;false", "1.20.0;1.20.3;service+pod;true",
        "1.21.0;1.21.3;none;true", "1.21.0;1.21.3;service;true", "1.21.0;1.21.3;service+kcm;false", "1.21.0;1.21.3;service+pod;true",
        "1.22.0;1.22.3;none;false", "1.22.0;1.22.3;service;false", "1.22.0;1.22.3;service+kcm;false", "1.22.0;1.22.3;service+pod;false",
    })
    void refusedAsKops(String release, String kubernetes, String written, boolean refused) {
        OracleSpec s = OracleSpec.aws().kubernetesVersion(kubernetes).inline("nonMasqueradeCIDR", "\"::/0\"");
        if (written.contains("service")) s = s.inline("serviceClusterIPRange", "\"fd00:5e4f:ce::/108\"");
        if (written.contains("kcm")) s = s.block("kubeControllerManager", "clusterCIDR: \"fd00:1::/64\"");
        if (written.contains("pod")) s = s.inline("podCIDR", "\"fd00:1::/64\"");
        String spec = s.yaml();
        Podnet kops = Podnet.forRelease(release);
        if (refused) {
            assertThatThrownBy(() -> kops.complete(ClusterYaml.read(spec))).isInstanceOf(InvalidSpecException.class)
                    .hasMessageContaining("IPV6 subnet computations not yet implements");
        } else {
            assertThat(kops.complete(ClusterYaml.read(spec)).cluster().networking().nonMasqueradeCIDR()).contains("::/0");
        }
    }
}
