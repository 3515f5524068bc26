package dev.podnet.manifests.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cilium minors kops 1.20-1.21 render from a template of their own, judged by kops itself (fixtures from
 * {@code src/build/oracle_cilium_minors.py 20261206 40}): Cilium 1.6/1.7 at kops 1.20 and 1.21 (kops 1.19's
 * pre-1.8 k8s-1.12 template, version 1.7.3-kops.1) and Cilium 1.10 at kops 1.21 (k8s-1.16-v1.10, version
 * 1.10.0-kops.1), over Hubble, etcdManaged, ipam, tunnel, enableNodePort, resource requests, Prometheus, debug and
 * policy options; podnet renders every accepted case byte-identical (kops' manifestHash). The {@code kops-1.19} set
 * ({@code oracle_cilium_minors.py 20261208 40 … kops-1.19}) holds kops 1.19's two entries for Cilium 1.6/1.7.
 */
class CiliumMinorsOracleTest {

    static List<OracleFixtures.Case> cases() {
        return OracleFixtures.load("cilium-minors", "dev");
    }

    static List<OracleFixtures.Case> kops119() {
        return OracleFixtures.load("cilium-minors", "kops-1.19");
    }

    @Test
    void theFixturesCoverBothTemplatesAtBothReleases() {
        List<OracleFixtures.Case> all = cases();
        assertThat(all).hasSize(89);
        assertThat(all).anySatisfy(c -> assertThat(c.release()).isEqualTo("v1.20.0"))
                .anySatisfy(c -> assertThat(c.hashes()).containsKey("networking.cilium.io/k8s-1.16"))
                .anySatisfy(c -> assertThat(c.completedSpec()).contains("version: v1.6.12"))
                .anySatisfy(c -> assertThat(c.completedSpec()).contains("version: v1.7.16"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void manifestHashesEqualKops(OracleFixtures.Case c) {
        Map<String, String> actual = OracleFixtures.render(c);
        assertThat(actual).as("%s", c).isEqualTo(c.hashes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kops119")
    void kops119EntriesEqualKops(OracleFixtures.Case c) {
        assertThat(c.hashes()).containsKeys("networking.cilium.io/k8s-1.7", "networking.cilium.io/k8s-1.12");
        assertThat(OracleFixtures.render(c)).as("%s", c).isEqualTo(c.hashes());
    }
}
