package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A rule's check and the releases its finding reports come from one gate row, so they cannot drift: every gate
 * of every {@code rule-gates.yaml} is used by the code, every finding of a gated rule carries the label of one
 * of its rule's gates and that gate holds at the release, no rule writes a releases label by hand, and no
 * annotation carries a release range of its own.
 */
class RuleGatesDriftTest {
    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path GATE_TABLES = Path.of("src/main/resources/dev/podnet/providers");
    /** An annotation use that writes a release range itself ({@code @OneOf(..., releases = ">=1.19")}). */
    private static final Pattern RANGE_IN_ANNOTATION = Pattern.compile("@[\\w.]+\\s*\\([^)]*\\b(releases|since|until)\\s*=");
    /** An annotation type with an element that holds a release range ({@code String releases()}). */
    private static final Pattern RANGE_ELEMENT = Pattern.compile("\\bString\\s+(releases|since|until)\\s*\\(\\s*\\)");

    private static List<Gate> gates;
    private static String mainSources;

    @BeforeAll
    static void load() throws IOException {
        List<Gate> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(GATE_TABLES)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.exists(folder.resolve("rule-gates.yaml"))) {
                    all.addAll(RuleGates.ofFolder(folder.getFileName().toString()).all());
                }
            }
        }
        gates = List.copyOf(all);
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            mainSources = files.filter(f -> f.toString().endsWith(".java")).sorted().map(RuleGatesDriftTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyGateIsUsedByCode() {
        assertThat(gates).as("gates in the tables").hasSizeGreaterThan(150);
        List<String> unused = gates.stream().map(Gate::id).filter(id -> !usedByCode(id)).toList();
        assertThat(unused).as("gate ids no code asks for").isEmpty();
    }

    /** Asked for by its literal id, or a variant of a family keyed by a value ({@code "rule#" + value}). */
    private static boolean usedByCode(String id) {
        int hash = id.indexOf('#');
        return mainSources.contains("\"" + id + "\"")
                || hash > 0 && mainSources.contains("\"" + id.substring(0, hash + 1) + "\" + ");
    }

    @Test
    void everyGatedFindingReportsTheGateItWasCheckedBy() {
        Map<String, List<Gate>> byRule = gates.stream().collect(Collectors.groupingBy(Gate::rule, TreeMap::new, Collectors.toList()));
        List<Cluster> specs = RuleTableRegistry.all().map(Arguments::get).map(a -> (Cluster) a[1]).toList();
        List<String> drift = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Cluster c : specs) {
            for (String r : EveryFindingExplainedTest.RELEASES) {
                KopsVersion release = KopsVersion.of(r);
                for (ValidationMode mode : ValidationMode.values()) {
                    for (Diagnostic d : ValidationFixtures.VALIDATOR.validate(c, release, mode)) {
                        List<Gate> own = byRule.get(d.rule().orElse(""));
                        if (own == null) continue;
                        seen.add(d.rule().get());
                        String label = d.releases().orElse("");
                        List<Gate> labelled = own.stream().filter(g -> g.label().equals(label)).toList();
                        boolean gated = labelled.stream().anyMatch(g -> g.holds(release));
                        if (!gated) drift.add(r + " " + d.rule().get() + " [" + label + "] " + d.line());
                    }
                }
            }
        }
        assertThat(drift).as("findings whose releases label is not a gate of their rule that holds").isEmpty();
        assertThat(seen).as("gated rules the rule tables reach").hasSizeGreaterThan(80);
    }

    /**
     * The single-field constraints ({@code @OneOf}, {@code @Cidr}, {@code @Gated}) name a gate row instead of
     * carrying a release range: no annotation use in the sources (main or test) writes a range, and no annotation
     * type declares an element for one, so a second encoding of release facts cannot come back.
     */
    @Test
    void noAnnotationCarriesAReleaseRange() throws IOException {
        List<String> uses = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        for (Path root : List.of(MAIN_JAVA, Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                // this file writes the old form on purpose, to check the patterns
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("RuleGatesDriftTest.java")).sorted().toList()) {
                    String text = read(f);
                    Matcher use = RANGE_IN_ANNOTATION.matcher(text);
                    while (use.find()) uses.add(f + ": " + use.group());
                    if (text.contains("@interface")) {
                        Matcher element = RANGE_ELEMENT.matcher(text);
                        while (element.find()) elements.add(f + ": " + element.group());
                    }
                }
            }
        }
        assertThat(uses).as("annotation uses that write a release range").isEmpty();
        assertThat(elements).as("annotation elements that hold a release range").isEmpty();
        assertThat(RANGE_IN_ANNOTATION.matcher("@OneOf(value = {\"a\"}, releases = \">=1.19\") String x").find())
                .as("the pattern finds the old form").isTrue();
        assertThat(RANGE_ELEMENT.matcher("String releases() default \"*\";").find()).as("the pattern finds the old element").isTrue();
    }

    @Test
    void noRuleWritesItsReleasesByHand() throws IOException {
        List<Path> rules;
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            // the rules of the providers and the cluster (internal holds Gate itself and the table-driven defaults)
            rules = files.filter(p -> p.toString().endsWith("Rules.java") || p.toString().endsWith("Rule.java"))
                    .filter(p -> !p.getParent().endsWith("internal")).toList();
        }
        assertThat(rules).as("rule classes").hasSizeGreaterThan(25);
        List<String> hand = rules.stream().filter(f -> read(f).contains(".releases(")).map(Path::toString).toList();
        assertThat(hand).as("rules that label findings by hand instead of Gate.tag").isEmpty();
    }
}
