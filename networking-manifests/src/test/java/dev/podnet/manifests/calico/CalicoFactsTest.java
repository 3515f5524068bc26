package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link CalicoFacts}: read into typed records, a bad row fails at load. */
class CalicoFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(CalicoFacts.at(KopsVersion.of("1.18.0")).currentEdits()).isFalse();
        assertThat(CalicoFacts.at(KopsVersion.of("1.22.0")).vxlanMode()).isEqualTo("CrossSubnet");
        assertThat(CalicoFacts.at(KopsVersion.of("1.23.0")).ipv6PoolFromClusterCidr()).isFalse();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(CalicoFacts.class, "releases.yaml", CalicoFacts::read,
                "- since: \"1.40\"\n  edits: newest\n", ".edits: expected kops118 or current");
        BadFactRows.assertFailsAtLoad(CalicoFacts.class, "releases.yaml", CalicoFacts::read,
                "- since: \"1.40\"\n  ipv6PoolFromClusterCidr: null\n", ": null removes ipv6PoolFromClusterCidr, which no earlier row sets");
    }
}
