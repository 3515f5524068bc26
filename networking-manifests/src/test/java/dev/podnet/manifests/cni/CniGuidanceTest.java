package dev.podnet.manifests.cni;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.provider.LyftVpcSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import org.junit.jupiter.api.Test;

class CniGuidanceTest {

    static Cluster with(dev.podnet.api.provider.ProviderSpec p, String k8s) {
        return Cluster.builder().name("dev.example.com").kubernetesVersion(k8s).cloud(dev.podnet.api.Cloud.AWS)
                .networking(Networking.builder().podCIDR("100.96.0.0/11").nonMasqueradeCIDR("100.64.0.0/10")
                        .serviceClusterIPRange("100.64.0.0/13").provider(p).build())
                .putExtraSpec("containerRuntime", "containerd").build();
    }

    @Test
    void cniRendersNothingAndSaysNodesStayNotReady() {
        RenderResult r = TestRendering.forRelease(KopsVersion.of("1.30.0"))
                .render(with(CniSpec.builder().usesSecondaryIP(true).build(), "1.30.2"));
        assertThat(r.addons()).isEmpty();
        assertThat(r.guidance()).anySatisfy(g -> assertThat(g).contains("NotReady"));
        assertThat(r.guidance()).anySatisfy(g -> assertThat(g).contains("100.96.0.0/11"));
        assertThat(r.nodeConfig()).isPresent();
        assertThat(r.nodeConfig().get().perNodeKubeletFlags()).containsKey("--node-ip");
        assertThat(r.nodeConfig().get().kubeletFlags()).noneSatisfy(f -> assertThat(f).startsWith("--node-ip"));
        assertThat(r.nodeConfig().get().controllerManagerFlags()).contains("configureCloudRoutes=false");
    }

    @Test
    void kubenetHasNodeConfigAndCloudRoutes() {
        RenderResult r = TestRendering.forRelease(KopsVersion.of("1.30.0")).render(with(KubenetSpec.builder().build(), "1.30.2"));
        assertThat(r.addons()).isEmpty();
        var node = r.nodeConfig().orElseThrow();
        assertThat(node.files()).containsKeys("/etc/containerd/config-cni.template", "/opt/kops/bin/cni-iptables-setup");
        assertThat(node.controllerManagerFlags()).contains("configureCloudRoutes=true", "allocateNodeCIDRs=true");
        assertThat(node.kubeletFlags()).isEmpty();
        assertThat(node.cloudPermissions()).isNotEmpty();
    }

    @Test
    void lyftVpcWritesItsConflistAndNeedsIam() {
        RenderResult r = TestRendering.forRelease(KopsVersion.of("1.22.0")).render(with(LyftVpcSpec.builder().build(), "1.21.5"));
        var node = r.nodeConfig().orElseThrow();
        assertThat(node.files().get("/etc/cni/net.d/10-cni-ipvlan-vpc-k8s.conflist"))
                .contains("\"KubernetesCluster\": \"dev.example.com\"");
        assertThat(node.cloudPermissions()).contains("ec2:DescribeVpcPeeringConnections");
        assertThat(node.kubeletFlags()).contains("--network-plugin=cni");
    }
}
