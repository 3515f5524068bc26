package dev.podnet.manifests.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider with default options at kops 1.19–1.21, for Kubernetes versions each release accepts,
 * judged by kops itself (issue 9, item 3; fixtures from src/build/era_oracle.py): podnet renders every
 * channel entry kops lists (no refusal, same addon ids) and, outside known-failures.tsv, byte-identical
 * manifests (kops' manifestHash).
 */
class EraDefaultsTest {

    static List<OracleFixtures.Case> cases() {
        return OracleFixtures.load("era", "defaults");
    }

    @Test
    void everyProviderAndReleaseIsCovered() {
        assertThat(cases()).extracting(c -> c.name().split("-")[1] + " " + c.release())
                .contains("cilium v1.19.0", "flannel v1.20.0", "canal v1.21.0", "calico v1.19.0", "weave v1.21.0",
                        "kopeio v1.19.0", "amazonvpc v1.19.0", "kuberouter v1.21.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersEveryEntryKopsLists(OracleFixtures.Case c) {
        Map<String, String> actual = OracleFixtures.render(c);
        assertThat(actual.keySet()).as("%s", c).isEqualTo(c.hashes().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void manifestHashesEqualKops(OracleFixtures.Case c) {
        Map<String, String> actual = OracleFixtures.render(c);
        String known = OracleFixtures.knownFailures("era").get(c.name());
        if (known != null) {
            assertThat(actual).as("%s is listed as failing (%s) but now matches kops: remove it", c, known)
                    .isNotEqualTo(c.hashes());
        } else {
            assertThat(actual).as("%s", c).isEqualTo(c.hashes());
        }
    }
}
