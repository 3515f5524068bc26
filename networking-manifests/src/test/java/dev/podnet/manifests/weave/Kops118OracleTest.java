package dev.podnet.manifests.weave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.RenderResult;
import dev.podnet.manifests.kuberouter.OracleConformance;
import dev.podnet.corpus.CorpusCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle's {@code weave-default} and {@code calico-default} cases: kops 1.18 rendering one
 * addon per Kubernetes range (weave k8s-1.8/k8s-1.12, calico k8s-1.7/k8s-1.12/k8s-1.16), hashed
 * with sha1. Every rendered template must equal kops' object by object, and the channel entries
 * (ids, ranges, versions, manifestHash) must equal kops' bootstrap channel.
 */
class Kops118OracleTest {

    static Stream<CorpusCase> cases() {
        return Stream.of("weave", "calico").flatMap(p -> OracleConformance.cases(p).stream())
                .filter(c -> c.kopsTag().equals("v1.18.0"));
    }

    @Test
    void bothOracleCasesRun() {
        assertThat(cases().map(CorpusCase::name)).containsExactlyInAnyOrder("weave-default", "calico-default");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsKops118(CorpusCase c) {
        RenderResult r = OracleConformance.render(c);
        List<String> ids = r.addons().stream().map(a -> a.addonKey() + "/" + a.templateId()).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(c.manifests().keySet());
        OracleConformance.assertManifestsMatch(c, r);
        OracleConformance.assertChannelMatches(c, r, c.provider().equals("weave") ? "networking.weave"
                : "networking.projectcalico.org");
    }
}
