package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.cluster;
import static dev.podnet.manifests.calico.SubstitutionTest.env;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * calico.nftablesMode (kops 1.36): calico-node's FELIX_NFTABLESMODE, written right after FELIX_IPTABLESBACKEND
 * only when the field is set and not empty (kops-oracle 1.36, Kubernetes 1.35, {@code nftablesMode: Disabled}).
 */
class NftablesModeTest {

    static KubeObject calicoNode(String release, String kubernetes, CalicoSpec spec) {
        Cluster c = Cluster.builder().from(cluster(spec, "100.64.0.0/10")).kubernetesVersion(kubernetes).build();
        RenderedAddon a = TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().get(0);
        return find(a, "DaemonSet", "calico-node");
    }

    static List<String> envNames(KubeObject ds) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> env = (List<Map<String, Object>>) ds.container("calico-node").orElseThrow().get("env");
        return env.stream().map(e -> String.valueOf(e.get("name"))).toList();
    }

    @Test
    void setModeFollowsIptablesBackend() {
        KubeObject ds = calicoNode("1.36.0", "1.35.3", CalicoSpec.builder().nftablesMode("Disabled").build());
        assertThat(env(ds, "calico-node", "FELIX_NFTABLESMODE")).isEqualTo("Disabled");
        List<String> names = envNames(ds);
        assertThat(names.indexOf("FELIX_NFTABLESMODE")).isEqualTo(names.indexOf("FELIX_IPTABLESBACKEND") + 1);
    }

    @Test
    void unsetOrEmptyModeWritesNothing() {
        assertThat(envNames(calicoNode("1.36.0", "1.35.3", CalicoSpec.builder().build()))).doesNotContain("FELIX_NFTABLESMODE");
        assertThat(envNames(calicoNode("1.36.0", "1.35.3", CalicoSpec.builder().nftablesMode("").build())))
                .doesNotContain("FELIX_NFTABLESMODE");
    }

    @Test
    void releasesBeforeTheFieldWriteNothing() {
        assertThat(envNames(calicoNode("1.33.0", "1.32.0", CalicoSpec.builder().nftablesMode("Enabled").build())))
                .doesNotContain("FELIX_NFTABLESMODE");
    }
}
