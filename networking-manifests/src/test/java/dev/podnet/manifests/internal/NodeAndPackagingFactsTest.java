package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import org.junit.jupiter.api.Test;

class NodeAndPackagingFactsTest {
    @Test
    void nodeFactsAreTypedRecordsByRelease() {
        assertThat(NodeFacts.at(KopsVersion.of("1.19.0")).defaultContainerRuntime()).isEqualTo("docker");
        assertThat(NodeFacts.at(KopsVersion.of("1.36.0")).defaultContainerRuntime()).isEqualTo("containerd");
        assertThat(NodeFacts.at(KopsVersion.of("1.19.0")).kubenetTemplate()).isEmpty();
        assertThat(NodeFacts.at(KopsVersion.of("1.24.0")).nonMasqueradeFlag().providers()).containsExactly("kubenet", "external");
        assertThat(NodeFacts.at(KopsVersion.of("1.29.0")).networkPluginFlag().never()).isTrue();
    }

    @Test
    void aBadNodeRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(NodeFacts.class, "node/releases.yaml", NodeFacts::read,
                "- since: \"1.40\"\n  ipMasqq: true\n", ": unknown key ipMasqq");
        BadFactRows.assertFailsAtLoad(NodeFacts.class, "node/releases.yaml", NodeFacts::read,
                "- since: \"1.40\"\n  externalRejected: {kubernetes: \"=>1.26\"}\n", ".externalRejected.kubernetes: not a version range");
        BadFactRows.assertFailsAtLoad(NodeFacts.class, "node/releases.yaml", NodeFacts::read,
                "- since: \"1.40\"\n  nonMasqueradeFlag: {providers: [kubenett]}\n", ".nonMasqueradeFlag.providers: no provider kubenett");
        BadFactRows.assertFailsAtLoad(NodeFacts.class, "node/releases.yaml", NodeFacts::read,
                "- since: \"1.30\"\n  ipMasq: true\n", ": rows must be in release order");
    }

    @Test
    void packagingFactsAreTypedRecordsByRelease() {
        assertThat(PackagingFacts.at(KopsVersion.of("1.21.0")).manifestHash()).isEqualTo("SHA-1");
        assertThat(PackagingFacts.at(KopsVersion.of("1.22.0")).manifestHash()).isEqualTo("SHA-256");
        assertThat(PackagingFacts.at(KopsVersion.of("1.36.0")).channelVersion()).isEmpty();
    }

    @Test
    void aBadPackagingRowFailsAtLoadNamingFileRowAndReason() {
        BadFactRows.assertFailsAtLoad(PackagingFacts.class, "/dev/podnet/manifests/packaging.yaml", PackagingFacts::read,
                "- since: \"1.40\"\n  manifestHash: SHA-999\n", ".manifestHash: no such digest algorithm: SHA-999");
        BadFactRows.assertFailsAtLoad(PackagingFacts.class, "/dev/podnet/manifests/packaging.yaml", PackagingFacts::read,
                "- since: \"1.40\"\n  unfoldedLines: yes please\n", ".unfoldedLines: expected true or false");
    }
}
