package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.corpus.gen.GeneratedCases;
import dev.podnet.corpus.gen.JudgedCase;
import dev.podnet.corpus.gen.SpecGenerator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The committed fields set is the profile's current version and exercises every group it draws: each group's name (as the
 * case's mutation records it after {@code fields: }) appears in many cases, on both sides of kops' verdict (node
 * authorization, which kops always refuses, on the refused side).
 */
class FieldsSetDrawsTest {
    private static final List<String> GROUPS = List.of("kubeDNS", "nodeTerminationHandler", "authentication", "sysctlParameters",
            "clusterAutoscaler", "nodeProblemDetector", "gossipConfig", "dnsControllerGossipConfig", "etcdClusters", "containerd",
            "nodeAuthorization", "externalPolicies", "cloudConfig");
    /** Cases a group must appear in (each group's chance is 15 %, the two gossip configs share one). */
    private static final int MINIMUM = 30;

    @Test
    void setIsTheProfilesCurrentVersion() {
        assertThat(GeneratedCases.index(GeneratedCases.FIELDS_ROOT).get("generatorVersion")).isEqualTo(SpecGenerator.FIELDS_VERSION);
        assertThat(GeneratedCases.index(GeneratedCases.FIELDS_ROOT).get("profile")).isEqualTo(SpecGenerator.FIELDS);
    }

    @Test
    void everyGroupIsDrawnAndJudgedBothWays() {
        List<JudgedCase> cases = GeneratedCases.all(GeneratedCases.FIELDS_ROOT);
        for (String group : GROUPS) {
            List<JudgedCase> with = cases.stream().filter(c -> fields(c).startsWith(group) || fields(c).contains(", " + group)).toList();
            assertThat(with).as(group).hasSizeGreaterThan(MINIMUM);
            // kops refuses a nodeAuthorization block whatever it holds (1.19 without a feature flag, 1.20+ "must be empty")
            if (!group.equals("nodeAuthorization")) assertThat(with).as(group + " accepted by kops").anyMatch(JudgedCase::accepted);
            assertThat(with).as(group + " refused by kops").anyMatch(JudgedCase::rejected);
        }
    }

    private static String fields(JudgedCase c) {
        String m = Objects.toString(c.mutation(), "");
        int at = m.lastIndexOf("fields: ");
        return at < 0 ? "" : m.substring(at + "fields: ".length());
    }
}
