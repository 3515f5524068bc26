package dev.podnet.manifests.amazonvpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.BadFactRows;
import org.junit.jupiter.api.Test;

/** {@code releases.yaml} beside {@link AmazonVpcFacts}: read into typed records, a bad row fails at load. */
class AmazonVpcFactsTest {
    @Test
    void theTableIsReadIntoTypedRecordsByRelease() {
        assertThat(AmazonVpcFacts.at(KopsVersion.of("1.21.0")).rollingUpdateFor()).containsExactly("k8s-1.16");
        assertThat(AmazonVpcFacts.at(KopsVersion.of("1.18.0")).envMap()).isFalse();
        assertThat(AmazonVpcFacts.at(KopsVersion.of("1.22.0")).envMap()).isTrue();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(AmazonVpcFacts.class, "releases.yaml", AmazonVpcFacts::read,
                "- since: \"1.40\"\n  rollingUpdateFor: any\n", ".rollingUpdateFor: expected a list");
    }
}
