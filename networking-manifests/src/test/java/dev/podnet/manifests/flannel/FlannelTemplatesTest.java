package dev.podnet.manifests.flannel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flannel's template by Kubernetes version: kops 1.25-1.31 keep the k8s-1.12 template for Kubernetes
 * below 1.25 (objects from kops 1.28 and 1.30 themselves: era_oracle.py --flannel-k8s-1.12).
 */
class FlannelTemplatesTest {

    private static List<RenderedAddon> render(String release, String kubernetes, FlannelSpec spec) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c, RenderStyle.KOPS).addons();
    }

    @Test
    void kubernetesBelow125KeepsTheK8s112TemplateAt128And130() {
        for (String release : List.of("1.28.0", "1.30.0")) {
            List<RenderedAddon> old = render(release, "1.24.5", FlannelSpec.builder().backend("vxlan").iptablesResyncSeconds(7).build());
            assertThat(old).singleElement().satisfies(a -> {
                assertThat(a.templateId()).isEqualTo("k8s-1.12");
                assertThat(a.yaml()).contains("kind: PodSecurityPolicy").contains("\"Type\": \"vxlan\"")
                        .contains("--iptables-resync=7").contains("rancher/mirrored-flannelcni-flannel:v0.17.0");
            });
            assertThat(render(release, "1.25.0", FlannelSpec.builder().build())).singleElement()
                    .satisfies(a -> assertThat(a.templateId()).isEqualTo("k8s-1.25"));
        }
    }
}
