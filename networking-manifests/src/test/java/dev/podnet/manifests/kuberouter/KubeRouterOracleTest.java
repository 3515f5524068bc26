package dev.podnet.manifests.kuberouter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.RenderResult;
import dev.podnet.corpus.CorpusCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kube-router case of the oracle: kops' own rendering of our specs. */
class KubeRouterOracleTest {

    static List<CorpusCase> cases() {
        return OracleConformance.cases("kuberouter");
    }

    @Test
    void theOracleHasKubeRouterAtEveryRelease() {
        assertThat(cases()).extracting(CorpusCase::kopsTag)
                .contains("v1.18.0", "v1.22.0", "v1.26.0", "v1.32.0", "v1.33.1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void manifestEqualsKopsObjectByObject(CorpusCase c) {
        OracleConformance.assertManifestsMatch(c, OracleConformance.render(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void channelEntriesAndHashesEqualKops(CorpusCase c) {
        RenderResult r = OracleConformance.render(c);
        OracleConformance.assertChannelMatches(c, r, "networking.kuberouter");
    }
}
