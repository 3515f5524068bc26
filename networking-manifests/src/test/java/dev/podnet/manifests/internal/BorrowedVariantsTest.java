package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.testkit.Clusters;
import dev.podnet.testkit.PodnetAssertions;
import org.junit.jupiter.api.Test;

/**
 * The (release, template) pairs of {@code borrowed.tsv}: templates kops selects at a release that neither its
 * test corpus nor kops-oracle renders, whose objects are the neighbouring releases' (docs/release-boundaries.md).
 * Each is pinned with the releases on both sides.
 */
class BorrowedVariantsTest {

    private static RenderedAddon render(String release, dev.podnet.testkit.ClusterFixture cluster) {
        return Podnet.forRelease(release).render(cluster.build()).addons().get(0);
    }

    /**
     * Flannel's k8s-1.12 template (Kubernetes below 1.25) at kops 1.25-1.27 and 1.29: the objects and images of
     * kops-oracle's renders at 1.24 and 1.28 (which agree); Kubernetes 1.25 takes k8s-1.25 (corpus
     * privateflannel at v1.25.0-v1.29.0).
     */
    @Test
    void flannelK8s112BetweenTheOracleReleases() {
        for (String release : new String[] {"1.24", "1.25", "1.26", "1.27", "1.28", "1.29"}) {
            RenderedAddon old = render(release, Clusters.aws().kubernetesVersion("1.24.0").withFlannel());
            assertThat(old.templateId()).as(release).isEqualTo("k8s-1.12");
            PodnetAssertions.assertThat(old).daemonSet("kube-flannel-ds").container("kube-flannel")
                    .hasImage("rancher/mirrored-flannelcni-flannel:v0.17.0");
        }
        for (String release : new String[] {"1.25", "1.29"}) {
            RenderedAddon current = render(release, Clusters.aws().kubernetesVersion("1.25.0").withFlannel());
            assertThat(current.templateId()).as(release).isEqualTo("k8s-1.25");
            PodnetAssertions.assertThat(current).daemonSet("kube-flannel-ds").container("kube-flannel")
                    .hasImage("docker.io/rancher/mirrored-flannelcni-flannel:v0.19.2");
        }
        // the borrowed pair is the lender's objects and images: same manifest as 1.28 but for kops' packaging
        assertThat(render("1.26", Clusters.aws().kubernetesVersion("1.24.0").withFlannel()).manifest().objects())
                .hasSameSizeAs(render("1.28", Clusters.aws().kubernetesVersion("1.24.0").withFlannel()).manifest().objects());
    }

    /**
     * Canal's k8s-1.16 template (Kubernetes below 1.22) at kops 1.23: 1.24's form, with the calico-node probes'
     * {@code timeoutSeconds: 10} that 1.22.0 lacks (corpus privatecanal at v1.22.0).
     */
    @Test
    void canalK8s116AtKops123HasTheProbeTimeouts() {
        RenderedAddon at122 = render("1.22", Clusters.aws().kubernetesVersion("1.21.0").withCanal());
        RenderedAddon at123 = render("1.23", Clusters.aws().kubernetesVersion("1.21.0").withCanal());
        RenderedAddon at124 = render("1.24", Clusters.aws().kubernetesVersion("1.21.0").withCanal());
        for (RenderedAddon a : new RenderedAddon[] {at122, at123, at124}) {
            assertThat(a.templateId()).isEqualTo("k8s-1.16");
            PodnetAssertions.assertThat(a).daemonSet("canal").hasValue("spec.template.spec.containers[0].name", "calico-node")
                    .container("calico-node").hasImage("calico/node:v3.13.4");
        }
        PodnetAssertions.assertThat(at122).daemonSet("canal")
                .doesNotHaveValue("spec.template.spec.containers[0].livenessProbe.timeoutSeconds");
        for (RenderedAddon a : new RenderedAddon[] {at123, at124}) {
            PodnetAssertions.assertThat(a).daemonSet("canal")
                    .hasValue("spec.template.spec.containers[0].livenessProbe.timeoutSeconds", 10)
                    .hasValue("spec.template.spec.containers[0].readinessProbe.timeoutSeconds", 10);
        }
        assertThat(render("1.23", Clusters.aws().kubernetesVersion("1.22.0").withCanal()).templateId()).isEqualTo("k8s-1.22");
    }
}
