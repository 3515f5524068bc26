package dev.podnet.manifests.weave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link WeaveFacts}: read into typed records, a bad row fails at load. */
class WeaveFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(WeaveFacts.at(KopsVersion.of("1.18.0")).versionField()).isFalse();
        assertThat(WeaveFacts.at(KopsVersion.of("1.19.0")).versionPinnedTemplates()).containsExactly("k8s-1.9");
        assertThat(WeaveFacts.at(KopsVersion.of("1.20.0")).versionPinnedTemplates()).isEmpty();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(WeaveFacts.class, "releases.yaml", WeaveFacts::read,
                "- since: \"1.40\"\n  versionFeild: true\n", ": unknown key versionFeild");
    }
}
