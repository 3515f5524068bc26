package dev.podnet.manifests.romana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import dev.podnet.manifests.kuberouter.OracleConformance;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.corpus.CorpusCase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RomanaTest {

    static List<CorpusCase> cases() {
        return OracleConformance.cases("romana");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void manifestsEqualKopsObjectByObject(CorpusCase c) {
        RenderResult r = OracleConformance.render(c);
        OracleConformance.assertManifestsMatch(c, r);
        OracleConformance.assertChannelMatches(c, r, "networking.romana");
    }

    @Test
    void serviceIPsComeFromTheServiceRangeNotTheUser() {
        CorpusCase c = cases().get(0);
        Cluster base = ClusterYaml.read(OracleConformance.ORACLE.read(c.completedSpecPath().orElseThrow()));
        Cluster custom = base.toBuilder().networking(Networking.builder().from(base.networking())
                .serviceClusterIPRange("10.96.0.0/16").build()).build();
        RenderResult r = TestRendering.forRelease(KopsVersion.of("1.18.0")).render(custom);
        for (var addon : r.addons()) {
            var m = KopsYaml.parseManifest(addon.yaml());
            assertThat(m.get("Service", "romana").get("spec.clusterIP")).contains("10.96.0.99");
            assertThat(m.get("Service", "romana-etcd").get("spec.clusterIP")).contains("10.96.0.88");
            KubeObject router = m.get("Deployment", "romana-vpcrouter");
            assertThat(router.container(router.containerNames().get(0)).orElseThrow().get("args").toString()).contains("--etcd_addr=10.96.0.88");
            assertThat(m.get("DaemonSet", "romana-agent").toYaml()).contains("--service-cluster-ip-range=10.96.0.0/16");
        }
    }

    @Test
    void wellKnownServiceIP() {
        assertThat(RomanaRenderer.wellKnownServiceIP("100.64.0.0/13", 99)).isEqualTo("100.64.0.99");
        assertThat(RomanaRenderer.wellKnownServiceIP("100.64.3.7/13", 88)).isEqualTo("100.64.0.88");
    }

    @Test
    void laterReleasesSayRomanaWasRemoved() {
        CorpusCase c = cases().get(0);
        Cluster base = ClusterYaml.read(OracleConformance.ORACLE.read(c.completedSpecPath().orElseThrow()));
        assertThatThrownBy(() -> TestRendering.forRelease(KopsVersion.of("1.19.0")).render(base))
                .hasMessageContaining("removed");
    }
}
