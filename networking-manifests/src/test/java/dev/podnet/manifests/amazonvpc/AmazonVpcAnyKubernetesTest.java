package dev.podnet.manifests.amazonvpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import org.junit.jupiter.api.Test;

/**
 * From kops 1.22 the Amazon VPC addon is k8s-1.16 whatever the Kubernetes version (templates.tsv): kops-oracle 1.22
 * renders Kubernetes 1.14.2 with the manifestHash of 1.16.4, below the range kops 1.22 supports.
 */
class AmazonVpcAnyKubernetesTest {

    static RenderedAddon render(String release, String kubernetes) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(AmazonVpcSpec.builder().build())
                        .nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().get(0);
    }

    @Test
    void kubernetesBelow116RendersTheK8s116Template() {
        RenderedAddon old = render("1.22.0", "1.14.2");
        assertThat(old.templateId()).isEqualTo("k8s-1.16");
        assertThat(old.manifestHash()).isEqualTo(render("1.22.0", "1.16.4").manifestHash());
        assertThat(render("1.36.0", "1.14.2").templateId()).isEqualTo("k8s-1.16");
    }
}
