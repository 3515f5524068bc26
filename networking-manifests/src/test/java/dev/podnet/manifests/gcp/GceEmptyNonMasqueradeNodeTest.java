package dev.podnet.manifests.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.GcpSpec;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gce networking leaves nonMasqueradeCIDR empty up to kops 1.26 (what {@code kops create cluster --networking gce}
 * writes): nodeup's IP-masquerade script needs the range, so kops 1.20-1.26's nodeup stops with "NonMasqueradeCIDR
 * is not set" (a note, no script), 1.27+ skips the script, 1.19 writes none; a set range gets the script.
 */
class GceEmptyNonMasqueradeNodeTest {

    static NodeNetworkConfig node(String release, String nonMasquerade) {
        Networking.Builder n = Networking.builder().provider(GcpSpec.builder().build()).podCIDR("10.4.0.0/14")
                .serviceClusterIPRange("10.1.0.0/20").addSubnets(Subnet.builder().name("us-central1").type("Public")
                        .region("us-central1").cidr("10.0.16.0/20").build());
        if (!nonMasquerade.isEmpty()) {
            n.nonMasqueradeCIDR(nonMasquerade);
        }
        Cluster c = Cluster.builder().name("gce.example.com").kubernetesVersion("1.22.4").cloud(Cloud.GCE)
                .networking(n.build()).putExtraSpec("containerRuntime", "containerd").build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).nodeConfig().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"1.20.0, true", "1.22.0, true", "1.26.0, true", "1.27.0, false", "1.28.0, false"})
    void emptyRangeWritesNoMasqueradeScript(String release, boolean nodeupFails) {
        NodeNetworkConfig node = node(release, "");
        assertThat(node.files()).doesNotContainKey("/opt/kops/bin/cni-iptables-setup")
                .containsKey("/etc/containerd/config-cni.template");
        assertThat(node.notes().stream().anyMatch(s -> s.contains("NonMasqueradeCIDR is not set"))).isEqualTo(nodeupFails);
    }

    @ParameterizedTest
    @CsvSource({"1.22.0", "1.26.0"})
    void setRangeGetsTheScript(String release) {
        NodeNetworkConfig node = node(release, "100.64.0.0/10");
        assertThat(node.files().get("/opt/kops/bin/cni-iptables-setup")).contains("-d 100.64.0.0/10");
        assertThat(node.notes()).noneMatch(s -> s.contains("NonMasqueradeCIDR is not set"));
    }
}
