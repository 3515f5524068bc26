package dev.podnet.manifests.canal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Canal at kops 1.18 (docs/release-boundaries.md): kops' channel lists the same four Kubernetes ranges as 1.19, each
 * template with 1.19's channel version and images, so podnet renders 1.19's objects (borrowed.tsv) with 1.19's edits
 * (releases.yaml from 1.18). No kops 1.18 rendering of Canal exists (kops' 1.18 tests render none; kops-oracle starts
 * at 1.19): confidence medium.
 */
class Canal118Test {
    private static Cluster canal(String kubernetes, CanalSpec spec) {
        return Cluster.builder().name("old.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .addEtcdClusters(EtcdCluster.builder().name("main").putExtraFields("etcdMembers", List.of(Map.of("name", "a"))).build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
    }

    @Test
    void kops118ListsTheSameRangesAs119AndBorrowsTheirObjects() {
        ManifestData data = ManifestData.of("canal", RenderCaches.withCapacity(0));
        assertThat(data.rangedTemplates(18)).isEqualTo(data.rangedTemplates(19));
        assertThat(data.rangedTemplates(18)).extracting(ManifestData.RangedTemplate::templateId)
                .containsExactly("k8s-1.9", "k8s-1.12", "k8s-1.15", "k8s-1.16");
        assertThat(data.rangedTemplates(18).get(3).kubernetesVersion()).contains(">=1.16.0");
        for (String template : List.of("k8s-1.9", "k8s-1.12", "k8s-1.15", "k8s-1.16")) {
            assertThat(data.variant("1.18", template)).as(template).isEqualTo(data.variant("1.19", template)).isPresent();
            assertThat(data.images("1.18", template)).as(template).isEqualTo(data.images("1.19", template)).isNotEmpty();
        }
    }

    @Test
    void kops118RendersEveryRangeAs119DoesWhateverTheOptions() {
        List<CanalSpec> specs = List.of(CanalSpec.builder().build(),
                CanalSpec.builder().typhaReplicas(2).mtu(8000).logSeveritySys("DEBUG").build(),
                CanalSpec.builder().disableFlannelForwardRules(true).prometheusMetricsEnabled(true).cpuRequest("200m")
                        .chainInsertMode("append").build());
        for (String kubernetes : List.of("1.9.0", "1.14.10", "1.16.0", "1.18.20")) {
            for (CanalSpec spec : specs) {
                List<RenderedAddon> at118 = TestRendering.forRelease(KopsVersion.of("1.18.0")).render(canal(kubernetes, spec)).addons();
                List<RenderedAddon> at119 = TestRendering.forRelease(KopsVersion.of("1.19.0")).render(canal(kubernetes, spec)).addons();
                assertThat(at118).extracting(RenderedAddon::templateId).containsExactly("k8s-1.9", "k8s-1.12", "k8s-1.15", "k8s-1.16");
                for (int i = 0; i < at118.size(); i++) {
                    assertThat(at118.get(i).documents()).as("%s %s", kubernetes, spec).isEqualTo(at119.get(i).documents());
                    // no string of these templates is long enough for kops 1.18's line folding (packaging.yaml)
                    assertThat(at118.get(i).yaml()).isEqualTo(at119.get(i).yaml());
                    assertThat(at118.get(i).channelEntry().version()).isEqualTo(at119.get(i).channelEntry().version());
                    assertThat(at118.get(i).channelEntry().kubernetesVersion())
                            .isEqualTo(at119.get(i).channelEntry().kubernetesVersion());
                }
            }
        }
    }

    @Test
    void typhaRendersAtKops118WhereTheTemplateHasIt() {
        List<RenderedAddon> at118 = TestRendering.forRelease(KopsVersion.of("1.18.0"))
                .render(canal("1.16.0", CanalSpec.builder().typhaReplicas(3).build())).addons();
        assertThat(at118.get(3).templateId()).isEqualTo("k8s-1.16");
        assertThat(at118.get(3).yaml()).contains("name: calico-typha").contains("replicas: 3").contains("calico/typha:v3.13.4");
        // k8s-1.9 and k8s-1.12 have no Typha at 1.19 (typha.tsv), nor at 1.18
        assertThat(at118.get(0).yaml()).doesNotContain("calico-typha");
        assertThat(at118.get(1).yaml()).doesNotContain("calico-typha");
    }
}
