package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link CiliumFacts}: read into typed records, a bad row fails at load. */
class CiliumFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(CiliumFacts.at(KopsVersion.of("1.19.0")).oldCiliumEntries()).hasSize(2);
        assertThat(CiliumFacts.at(KopsVersion.of("1.31.0")).hubbleMetricsPort()).isEqualTo(9965);
        assertThat(CiliumFacts.at(KopsVersion.of("1.25.0")).legacyTemplate()).isEmpty();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(CiliumFacts.class, "releases.yaml", CiliumFacts::read,
                "- since: \"1.40\"\n  hubbleTlsVolume: projected-item\n", ".hubbleTlsVolume: expected one of secret, projected, projected-items");
        BadFactRows.assertFailsAtLoad(CiliumFacts.class, "releases.yaml", CiliumFacts::read,
                "- since: \"1.40\"\n  hubbel: true\n", ": unknown key hubbel");
    }
}
