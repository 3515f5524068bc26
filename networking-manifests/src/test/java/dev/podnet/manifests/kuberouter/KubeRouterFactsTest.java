package dev.podnet.manifests.kuberouter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link KubeRouterFacts}: read into typed records, a bad row fails at load. */
class KubeRouterFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(KubeRouterFacts.at(KopsVersion.of("1.18.0")).orElseThrow().legacy()).isPresent();
        assertThat(KubeRouterFacts.at(KopsVersion.of("1.20.0")).orElseThrow().legacy()).isEmpty();
        assertThat(KubeRouterFacts.at(KopsVersion.of("1.36.0")).orElseThrow().channelVersion()).isEmpty();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(KubeRouterFacts.class, "releases.yaml", KubeRouterFacts::read,
                "- since: \"1.40\"\n  legacy: {id: k8s-1.6}\n", ".legacy.template: expected a scalar");
        BadFactRows.assertFailsAtLoad(KubeRouterFacts.class, "releases.yaml", KubeRouterFacts::read,
                "- since: \"1.40\"\n  channelVersion: null\n", ": null removes channelVersion, which no earlier row sets");
    }
}
