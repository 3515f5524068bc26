package dev.podnet.manifests.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calico with {@code majorVersion: v3} at kops 1.19, judged by kops itself (fixtures from
 * {@code src/build/oracle_fixtures.py <oracle> calico-v3 dev 1 40}): kops lists k8s-1.7-v3 instead of k8s-1.7,
 * and podnet renders every entry byte-identical (kops' manifestHash) over crossSubnet, the Felix log and metrics
 * options, options the template ignores (mtu, ipipMode, typhaReplicas, cpuRequest), several etcd members and
 * Kubernetes 1.11 with and without etcd TLS.
 */
class CalicoV3OracleTest {

    static List<OracleFixtures.Case> cases() {
        return OracleFixtures.load("calico-v3", "dev");
    }

    @Test
    void kopsListsTheV3TemplateInEveryCase() {
        assertThat(cases()).hasSize(40).allSatisfy(c -> assertThat(c.hashes())
                .containsKey("networking.projectcalico.org/k8s-1.7-v3")
                .doesNotContainKey("networking.projectcalico.org/k8s-1.7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void manifestHashesEqualKops(OracleFixtures.Case c) {
        Map<String, String> actual = OracleFixtures.render(c);
        assertThat(actual).as("%s", c).isEqualTo(c.hashes());
    }
}
