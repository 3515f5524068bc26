package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, item 9 ("nonsense accepted"): podnet's verdict on each spec of
 * {@code conformance/nonsense/} equals kops' ({@code verdicts.tsv}, written by
 * {@code scripts/oracle/nonsense-verdicts} with kops-oracle). Where kops refuses, podnet refuses,
 * with every field path kops names; where kops accepts, podnet completes, validates strictly and
 * renders without an error (it may warn); where the oracle cannot judge, podnet does not refuse.
 */
class NonsenseVerdictTest {
    private static final String DIR = "/dev/podnet/conformance/nonsense/";
    /** Field paths in kops' text: {@code spec.x.y: } or {@code metadata.name: }, not kops' internal {@code objectMeta}. */
    private static final Pattern PATH = Pattern.compile("(?:^|[\\[ ])((?:spec|metadata)\\.[A-Za-z0-9.\\[\\]]+): ");

    record Verdict(String name, String release, String verdict, String kops) {
        @Override
        public String toString() { return name + " @ " + release + " (kops: " + verdict + ")"; }
    }

    static Stream<Verdict> verdicts() {
        List<Verdict> out = new ArrayList<>();
        for (String line : read("verdicts.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            out.add(new Verdict(f[0], f[1].substring(1), f[2], f.length > 3 ? f[3] : ""));
        }
        return out.stream();
    }

    @Test
    void theFixtureCoversEveryExampleOfTheIssueAtFiveReleases() {
        Set<String> names = new LinkedHashSet<>();
        verdicts().forEach(v -> names.add(v.name()));
        assertThat(names).contains("calico-cpu-request-lots", "calico-cpu-request-negative", "calico-mtu-zero",
                "calico-mtu-negative", "calico-metrics-port-70000", "name-empty", "cloud-provider-foo",
                "cloud-provider-mars", "topology-masters-weird", "subnets-overlapping", "kubernetes-version-1x",
                "cloud-provider-aws-upper", "cloud-provider-aws-capitalised", "cloud-provider-gce-upper",
                "cloud-provider-aws-leading-blank");
        assertThat(verdicts().count()).isEqualTo(names.size() * 5L);
        assertThat(verdicts().filter(v -> v.verdict().equals("rejected"))).isNotEmpty();
        assertThat(verdicts().filter(v -> v.verdict().equals("accepted"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void podnetJudgesAsKopsDoes(Verdict v) {
        Podnet podnet = Podnet.forRelease(v.release());
        List<String> errors = errors(podnet, read(v.name() + ".yaml"));
        switch (v.verdict()) {
            case "accepted", "not-judged" -> assertThat(errors).as("%s: podnet refuses what kops does not", v).isEmpty();
            case "rejected", "crashed" -> {
                assertThat(errors).as("%s: kops refuses (%s)", v, v.kops()).isNotEmpty();
                for (String path : paths(v.kops())) {
                    assertThat(errors).as("%s: kops names %s (%s)", v, path, v.kops()).anyMatch(e -> e.contains(path + ": "));
                }
                for (String field : fieldErrors(v.kops())) {
                    assertThat(errors).as("%s: kops says %s (%s)", v, field, v.kops()).anyMatch(e -> e.contains(field));
                }
            }
            default -> throw new AssertionError("unknown verdict " + v.verdict());
        }
    }

    /** The paths kops' error text names; none for kops' decoder messages without a path. */
    static List<String> paths(String kops) {
        List<String> out = new ArrayList<>();
        Matcher m = PATH.matcher(kops.replaceFirst("^[A-Za-z]+: ", ""));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** kops' field errors with their type and, where kops shows one, the rejected value: {@code spec.x: Unsupported value: "AWS"}. */
    private static final Pattern FIELD = Pattern.compile(
            "(?:^|[\\[ ])((?:spec|metadata)\\.[A-Za-z0-9.\\[\\]]+: (?:Required value|Invalid value|Unsupported value|Forbidden)(?:: \"[^\"]*\")?)");

    /** The field errors kops' text names, each as path, type and quoted value (podnet's line starts the same). */
    static List<String> fieldErrors(String kops) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(kops.replaceFirst("^[A-Za-z]+: ", ""));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void pathsAreReadFromKopsText() {
        assertThat(fieldErrors("Decode: spec.cloudProvider: Unsupported value: \" aws\": supported values: \"gce\""))
                .containsExactly("spec.cloudProvider: Unsupported value: \" aws\"");
        assertThat(fieldErrors("PopulateClusterSpec: [metadata.name: Required value: name or generateName is required, "
                + "objectMeta.name: Required value: Cluster Name is required")).containsExactly("metadata.name: Required value");
        assertThat(paths("PopulateClusterSpec: [metadata.name: Required value: name or generateName is required, "
                + "objectMeta.name: Required value: Cluster Name is required")).containsExactly("metadata.name");
        assertThat(paths("Decode: spec.cloudProvider: Unsupported value: \"foo\"")).containsExactly("spec.cloudProvider");
        assertThat(paths("Decode: quantities must match the regular expression")).isEmpty();
    }

    /**
     * What the command line does before rendering: the reader's findings, lenient validation of the
     * input, completion, strict validation, rendering; each error as {@code path: detail}.
     */
    private static List<String> errors(Podnet podnet, String yaml) {
        ClusterDocuments docs;
        try {
            docs = ClusterYaml.load(yaml.getBytes(StandardCharsets.UTF_8));
        } catch (ClusterYamlException e) {
            return e.problems().stream().map(YamlProblem::toString).toList();
        }
        Diagnostics input = docs.findings().plus(podnet.validate(docs.cluster(), ValidationMode.LENIENT));
        if (input.hasErrors()) return lines(input);
        Completion done = podnet.complete(docs.cluster());
        Diagnostics strict = podnet.validate(done.cluster(), ValidationMode.STRICT);
        if (strict.hasErrors()) return lines(strict);
        assertThat(podnet.render(done).addons()).as("what kops accepts renders").isNotEmpty();
        return List.of();
    }

    private static List<String> lines(Diagnostics d) {
        return d.errors().stream().map(Diagnostic::line).toList();
    }

    private static String read(String name) {
        try (InputStream in = NonsenseVerdictTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + DIR + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
