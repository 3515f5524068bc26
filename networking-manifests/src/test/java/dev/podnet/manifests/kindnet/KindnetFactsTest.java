package dev.podnet.manifests.kindnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link KindnetFacts}: read into typed records, a bad row fails at load. */
class KindnetFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(KindnetFacts.at(KopsVersion.of("1.36.0")).dnsCachingDefault()).isTrue();
        assertThat(KindnetFacts.at(KopsVersion.of("1.37.0-alpha.1")).dnsCachingDefault()).isFalse();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(KindnetFacts.class, "releases.yaml", KindnetFacts::read,
                "- since: \"1.40\"\n  dnsCachingDefault: maybe\n", ".dnsCachingDefault: expected true or false");
        BadFactRows.assertFailsAtLoad(KindnetFacts.class, "releases.yaml", KindnetFacts::read,
                "- since: \"1.40\"\n  dnsCaching: false\n", ": unknown key dnsCaching");
    }
}
