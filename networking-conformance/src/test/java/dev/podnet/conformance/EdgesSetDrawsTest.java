package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.corpus.gen.GeneratedCases;
import dev.podnet.corpus.gen.JudgedCase;
import dev.podnet.corpus.gen.SpecGenerator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The committed edges set is the profile's current version and exercises every group it draws: each group's name (as the
 * case's mutation records it after {@code edges: }) appears in many cases, on both sides of kops' verdict.
 */
class EdgesSetDrawsTest {
    private static final List<String> GROUPS = List.of("egressProxy", "subnets.additionalRoutes", "type:", "subnets.mixed", "ipv6",
            "network");

    @Test
    void setIsTheProfilesCurrentVersion() {
        assertThat(GeneratedCases.index(GeneratedCases.EDGES_ROOT).get("generatorVersion")).isEqualTo(SpecGenerator.EDGES_VERSION);
        assertThat(GeneratedCases.index(GeneratedCases.EDGES_ROOT).get("profile")).isEqualTo(SpecGenerator.EDGES);
    }

    @Test
    void everyGroupIsDrawnAndJudgedBothWays() {
        List<JudgedCase> cases = GeneratedCases.all(GeneratedCases.EDGES_ROOT);
        for (String group : GROUPS) {
            List<JudgedCase> with = cases.stream().filter(c -> edges(c).startsWith(group) || edges(c).contains(", " + group)).toList();
            assertThat(with).as(group).hasSizeGreaterThan(100);
            assertThat(with).as(group + " accepted by kops").anyMatch(JudgedCase::accepted);
            assertThat(with).as(group + " refused by kops").anyMatch(JudgedCase::rejected);
        }
    }

    private static String edges(JudgedCase c) {
        String m = Objects.toString(c.mutation(), "");
        int at = m.lastIndexOf("edges: ");
        return at < 0 ? "" : m.substring(at + "edges: ".length());
    }
}
