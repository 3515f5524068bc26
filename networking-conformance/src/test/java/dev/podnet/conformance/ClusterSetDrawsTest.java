package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.corpus.gen.GeneratedCases;
import dev.podnet.corpus.gen.JudgedCase;
import dev.podnet.corpus.gen.SpecGenerator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The committed cluster set is the profile's current version and exercises every group it draws: each group's name
 * (as the case's mutation records it) appears in some case, on both sides of kops' verdict for the groups that mix
 * accepted and refused values.
 */
class ClusterSetDrawsTest {
    private static final List<String> VERSION_2_GROUPS = List.of("kubeControllerManager", "kubeScheduler", "externalDns",
            "certManager", "serviceAccountIssuerDiscovery", "cloudControllerManager", ".cloudProvider", "updatePolicy",
            "hooks", "fileAssets", "rollingUpdate", "warmPool", "karpenter", "snapshotController", "awsLoadBalancerController");

    private static List<JudgedCase> cases() {
        return GeneratedCases.all(GeneratedCases.CLUSTER_ROOT);
    }

    @Test
    void setIsTheProfilesCurrentVersion() {
        assertThat(GeneratedCases.index(GeneratedCases.CLUSTER_ROOT).get("generatorVersion")).isEqualTo(SpecGenerator.CLUSTER_VERSION);
        assertThat(SpecGenerator.CLUSTER_VERSION).isEqualTo(2);
    }

    @Test
    void everyVersion2GroupIsDrawnAndJudgedBothWays() {
        for (String group : VERSION_2_GROUPS) {
            List<JudgedCase> with = cases().stream()
                    .filter(c -> Objects.toString(c.mutation(), "").contains(group)).toList();
            assertThat(with).as(group).hasSizeGreaterThan(5);
            assertThat(with).as(group + " accepted by kops").anyMatch(JudgedCase::accepted);
            assertThat(with).as(group + " refused by kops").anyMatch(c -> "rejected".equals(c.verdict()));
        }
    }
}
