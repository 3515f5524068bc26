package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code validation/spec-coverage.tsv} is the audit of every validation rule in {@code ../shared/spec/}:
 * spec file, section/row, podnet rule id, test class, status. This test keeps it honest: every rule id
 * it names is produced by at least one row of the table-driven tests (collected by running every row
 * of {@link RuleTableRegistry} at its own release), by one of the test classes the audit names; every rule id the rows
 * produce is in the audit; every status is one of the three, with a reason where it is not plain.
 */
class SpecCoverageTest {
    record Entry(int line, String spec, String section, String rule, String testClass, String status) {}

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = SpecCoverageTest.class.getResourceAsStream("/validation/spec-coverage.tsv")) {
            assertThat(in).as("validation/spec-coverage.tsv on the test class path").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#") || i == 0) continue; // header and comments
                String[] f = l.split("\t", -1);
                assertThat(f).as("line %d has 5 tab-separated columns: %s", i + 1, l).hasSize(5);
                out.add(new Entry(i + 1, f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static boolean producesNoFinding(Entry e) { return e.rule().equals("-"); }

    @Test
    void everyAuditedRuleIdIsProducedByTheTableTestItNames() {
        Map<String, Set<String>> produced = RuleTableRegistry.rulesProduced();
        List<String> problems = new ArrayList<>();
        for (Entry e : entries()) {
            if (producesNoFinding(e)) continue;
            List<String> named = List.of(e.testClass().split(","));
            for (String id : e.rule().split(",")) {
                Set<String> classes = produced.get(id.trim());
                if (classes == null) {
                    problems.add("line " + e.line() + ": rule " + id + " (" + e.section() + ") is produced by no table row");
                } else if (named.stream().noneMatch(classes::contains)) {
                    problems.add("line " + e.line() + ": rule " + id + " is not produced by " + e.testClass() + " but by " + classes);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleIdTheTablesProduceIsAudited() {
        Set<String> audited = new TreeSet<>();
        for (Entry e : entries()) for (String id : e.rule().split(",")) audited.add(id.trim());
        assertThat(RuleTableRegistry.rulesProduced().keySet()).as("rule ids produced by the rows but missing from spec-coverage.tsv")
                .isSubsetOf(audited);
    }

    @Test
    void everyRowHasAKnownSpecFileAndAStatus() {
        Set<String> files = Set.of("calico-canal-flannel-kuberouter-kubenet-cni.md", "cilium-awsvpc-lyftvpc-gce.md",
                "weave-romana-kopeio-kindnet-and-cross-cutting.md", "podnet");
        List<String> problems = new ArrayList<>();
        for (Entry e : entries()) {
            if (!files.contains(e.spec())) problems.add("line " + e.line() + ": unknown spec file " + e.spec());
            if (e.section().isEmpty()) problems.add("line " + e.line() + ": no section");
            String s = e.status();
            boolean ok = s.equals("implemented")
                    || s.matches("implemented-differently \\(.+\\)") || s.matches("not-applicable \\(.+\\)");
            if (!ok) problems.add("line " + e.line() + ": status must be implemented, implemented-differently (why) or not-applicable (why): " + s);
            if (s.startsWith("not-applicable") != producesNoFinding(e) && !s.startsWith("implemented")) {
                problems.add("line " + e.line() + ": a not-applicable row names no rule id (-)");
            }
            if (producesNoFinding(e) && !s.startsWith("not-applicable") && e.testClass().equals("-")) {
                problems.add("line " + e.line() + ": a rule kops reports with no finding (a quirk) names the test class whose row pins that");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(entries()).hasSizeGreaterThan(150);
    }
}
