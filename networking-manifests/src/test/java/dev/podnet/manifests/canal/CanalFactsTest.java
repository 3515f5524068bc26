package dev.podnet.manifests.canal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link CanalFacts}: read into typed records, a bad row fails at load. */
class CanalFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        // kops 1.18 lists 1.19's templates (borrowed.tsv): their facts hold from 1.18
        assertThat(CanalFacts.at(KopsVersion.of("1.18.0"))).isEqualTo(CanalFacts.at(KopsVersion.of("1.19.0")));
        assertThat(CanalFacts.at(KopsVersion.of("1.19.0")).vethMtuDefaults()).containsEntry("k8s-1.12", "1500");
        assertThat(CanalFacts.at(KopsVersion.of("1.25.0")).pdbV1FromKubernetes()).contains("23");
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(CanalFacts.class, "releases.yaml", CanalFacts::read,
                "- since: \"1.40\"\n  vethMtuDefaults: {k8s-1.16: auto}\n", ".vethMtuDefaults: not an MTU: k8s-1.16: auto");
    }
}
