package dev.podnet.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.version.KopsVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A completed cluster without a networking provider, which kops accepts from 1.28 (kops-oracle 1.28, 1.30, 1.33.1,
 * 1.36.0, {@code scripts/oracle/no-provider}): kops' bootstrap channel then has no networking addon, so podnet
 * renders none instead of refusing.
 */
class NoProviderRenderTest {
    @ParameterizedTest
    @ValueSource(strings = {"1.28.0", "1.36.0"})
    void noProviderRendersNoAddon(String release) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.28.0").cloud(Cloud.AWS)
                .networking(Networking.builder().nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        RenderResult r = TestRendering.forRelease(KopsVersion.of(release)).render(c);
        assertThat(r.addons()).isEmpty();
    }
}
