package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code allowIPForwarding: true} gives the calico plugin of {@code cni_network_config} a
 * {@code container_settings} block between {@code ipam} and {@code policy}, as kops 1.24-1.36 render it
 * (kops-oracle renders of generated specs at 1.24, 1.33 and 1.36, IPv4 and IPv6).
 */
class AllowIpForwardingTest {

    static final String SETTINGS = "\n      },\n      \"container_settings\": {\n          \"allow_ip_forwarding\": true\n"
            + "      },\n      \"policy\": {\n";

    static String cniConfig(String release, String kubernetes, Boolean allow) {
        CalicoSpec.Builder b = CalicoSpec.builder();
        if (allow != null) b.allowIPForwarding(allow);
        dev.podnet.api.Cluster c = dev.podnet.api.Cluster.builder()
                .from(Kops118SubstitutionTest.cluster(b.build(), Cloud.AWS)).kubernetesVersion(kubernetes).build();
        RenderedAddon a = TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().get(0);
        return String.valueOf(find(a, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"1.24.0, 1.24.3", "1.24.0, 1.22.4", "1.28.0, 1.24.3", "1.33.1, 1.30.2", "1.36.0, 1.33.0"})
    void containerSettingsBetweenIpamAndPolicy(String release, String kubernetes) {
        assertThat(cniConfig(release, kubernetes, true)).contains(SETTINGS)
                .containsOnlyOnce("container_settings");
        assertThat(cniConfig(release, kubernetes, false)).doesNotContain("container_settings");
        assertThat(cniConfig(release, kubernetes, null)).doesNotContain("container_settings");
    }
}
