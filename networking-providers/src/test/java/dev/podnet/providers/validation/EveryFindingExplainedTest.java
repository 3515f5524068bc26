package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every finding of every rule says its rule id, the releases it belongs to and the fix: all the
 * table tests' specs (mostly bad ones) validated at every release line from 1.18 to 1.36, strict and lenient.
 */
class EveryFindingExplainedTest {
    static final List<String> RELEASES = List.of("1.18", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24", "1.25", "1.26", "1.27",
            "1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36");

    @Test
    void everyFindingHasRuleReleasesAndHint() {
        List<Cluster> specs = RuleTableRegistry.all()
                .map(Arguments::get).map(a -> (Cluster) a[1]).toList();
        List<String> missing = new ArrayList<>();
        Set<String> rules = new TreeSet<>();
        int findings = 0;
        for (Cluster c : specs) {
            for (String r : RELEASES) {
                for (ValidationMode mode : ValidationMode.values()) {
                    for (Diagnostic d : ValidationFixtures.VALIDATOR.validate(c, KopsVersion.of(r), mode)) {
                        findings++;
                        d.rule().ifPresent(rules::add);
                        if (d.rule().isEmpty() || d.releases().isEmpty() || d.hint().filter(h -> !h.isBlank()).isEmpty()) {
                            missing.add(r + " " + d.line());
                        }
                    }
                }
            }
        }
        assertThat(missing).as("findings without rule, releases or hint").isEmpty();
        assertThat(specs).hasSizeGreaterThan(150);
        assertThat(findings).isGreaterThan(1000);
        assertThat(rules).as("rules seen").hasSizeGreaterThan(60);
    }
}
