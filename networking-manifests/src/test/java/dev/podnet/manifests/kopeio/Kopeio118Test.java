package dev.podnet.manifests.kopeio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.KopeioSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kopeio at kops 1.18 (docs/release-boundaries.md): the same two channel entries and files as 1.19 (plain YAML kops
 * applies verbatim, channel version 1.0.20181028-kops.2), borrowed from 1.19 (borrowed.tsv). Only kops 1.18's
 * packaging differs: it folds long strings (packaging.yaml unfoldedLines), so the text may, the objects may not.
 */
class Kopeio118Test {
    private static Cluster kopeio(String kubernetes) {
        return Cluster.builder().name("minimal.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(KopeioSpec.builder().build()).nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
    }

    @Test
    void kops118ListsThe119Entries() {
        ManifestData data = ManifestData.of("kopeio", RenderCaches.withCapacity(0));
        assertThat(data.rangedTemplates(18)).isEqualTo(data.rangedTemplates(19)).extracting(ManifestData.RangedTemplate::templateId)
                .containsExactly("k8s-1.6", "k8s-1.12");
        assertThat(data.variant("1.18", "k8s-1.12")).isEqualTo(data.variant("1.19", "k8s-1.12")).isPresent();
        assertThat(data.images("1.18", "k8s-1.6")).isEqualTo(data.images("1.19", "k8s-1.6")).isNotEmpty();
    }

    @Test
    void kops118RendersThe119ObjectsForEveryKubernetesVersionItAccepts() {
        for (String kubernetes : List.of("1.9.0", "1.12.0", "1.18.20")) {
            List<RenderedAddon> at118 = TestRendering.forRelease(KopsVersion.of("1.18.0")).render(kopeio(kubernetes)).addons();
            List<RenderedAddon> at119 = TestRendering.forRelease(KopsVersion.of("1.19.0")).render(kopeio(kubernetes)).addons();
            assertThat(at118).extracting(RenderedAddon::templateId).containsExactly("k8s-1.6", "k8s-1.12");
            for (int i = 0; i < 2; i++) {
                assertThat(at118.get(i).documents()).isEqualTo(at119.get(i).documents());
                assertThat(at118.get(i).yaml()).contains("image: kopeio/networking-agent:1.0.20181028");
            }
            // go-yaml's folding at kops 1.18: the critical-pod tolerations annotation takes two lines
            assertThat(at118.get(1).yaml()).contains("'[{\"key\":\"CriticalAddonsOnly\",\n          \"operator\":\"Exists\"}]'");
            assertThat(at119.get(1).yaml()).contains("'[{\"key\":\"CriticalAddonsOnly\", \"operator\":\"Exists\"}]'");
        }
    }
}
