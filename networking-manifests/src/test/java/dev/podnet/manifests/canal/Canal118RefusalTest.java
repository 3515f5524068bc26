package dev.podnet.manifests.canal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.Networking;
import dev.podnet.api.PodnetException;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Canal at kops 1.18: kops' channel lists the same four Kubernetes ranges as 1.19 (k8s-1.16 for Kubernetes 1.16 and
 * later), but no kops 1.18 rendering of a Canal template exists to derive the upstream objects from (kops' 1.18 tests
 * render none; kops-oracle starts at 1.19). podnet knows the selection and refuses to render, naming the templates
 * and the reason, instead of saying it has no template or borrowing 1.19's objects.
 */
class Canal118RefusalTest {
    private static Cluster canal(String kubernetes) {
        return Cluster.builder().name("old.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .addEtcdClusters(EtcdCluster.builder().name("main").putExtraFields("etcdMembers", List.of(Map.of("name", "a"))).build())
                .networking(Networking.builder().provider(CanalSpec.builder().build()).nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
    }

    @Test
    void kops118ListsTheSameRangesAs119() {
        ManifestData data = ManifestData.of("canal", RenderCaches.withCapacity(0));
        assertThat(data.rangedTemplates(18)).isEqualTo(data.rangedTemplates(19));
        assertThat(data.rangedTemplates(18)).extracting(ManifestData.RangedTemplate::templateId)
                .containsExactly("k8s-1.9", "k8s-1.12", "k8s-1.15", "k8s-1.16");
        assertThat(data.rangedTemplates(18).get(3).kubernetesVersion()).contains(">=1.16.0");
        assertThat(data.variant("1.18", "k8s-1.16")).isEmpty();
    }

    @Test
    void renderingAtKops118RefusesNamingTheReason() {
        assertThatThrownBy(() -> TestRendering.forRelease(KopsVersion.of("1.18.0")).render(canal("1.18.0")))
                .isInstanceOf(PodnetException.class)
                .hasMessageContaining("kops 1.18 lists templates k8s-1.9, k8s-1.12, k8s-1.15, k8s-1.16")
                .hasMessageContaining("no upstream objects of k8s-1.9, k8s-1.12, k8s-1.15, k8s-1.16 at kops 1.18")
                .hasMessageNotContaining("has no template");
    }

    @Test
    void kops119StillRendersEveryRange() {
        assertThat(TestRendering.forRelease(KopsVersion.of("1.19.0")).render(canal("1.18.0")).addons())
                .extracting(a -> a.templateId()).containsExactly("k8s-1.9", "k8s-1.12", "k8s-1.15", "k8s-1.16");
    }
}
