package dev.podnet.manifests.romana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link RomanaFacts}: read into typed records, a bad row fails at load. */
class RomanaFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(RomanaFacts.at(KopsVersion.of("1.18.0")).orElseThrow().addons()).extracting(RomanaFacts.Addon::id)
                .containsExactly("k8s-1.7", "k8s-1.12");
        assertThat(RomanaFacts.at(KopsVersion.of("1.19.0")).orElseThrow().removed()).isPresent();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(RomanaFacts.class, "releases.yaml", RomanaFacts::read,
                "- since: \"1.40\"\n  daemonServiceIPOffset: ninety\n", ".daemonServiceIPOffset: expected an integer");
        BadFactRows.assertFailsAtLoad(RomanaFacts.class, "releases.yaml", RomanaFacts::read,
                "- since: \"1.40\"\n  images: {romana-agent: x}\n", ".images: not Kind/name: romana-agent");
    }
}
