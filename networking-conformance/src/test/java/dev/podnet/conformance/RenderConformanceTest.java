package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.spi.RenderingEngineFactory;
import dev.podnet.Podnet;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.KnownFailures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance with kops (corpus data from the kops project, Apache License 2.0): every corpus case
 * with a networking manifest is rendered from kops' completed spec at the case's release and
 * compared with kops' manifest, object by object (apiVersion, kind, namespace, name) after parsing
 * both. Cases known to fail are listed with the reason in
 * {@code conformance/render-known-failures.tsv} (each must still fail, counted below); the pass counts may only go up.
 *
 * <p>Only cases with a completed spec are generated: the corpus' AWS VPC cases (kops'
 * bootstrapchannelbuilder test, one per release) have an input spec but no completed one, so there
 * is nothing to render here; {@link CompleteThenRenderTest} renders them from podnet's own
 * completion of their input (input → complete → render), where they pass.
 */
class RenderConformanceTest {

    /** The corpus cases with a manifest and a completed spec: the cases this test runs. */
    static final int CASES = 214;
    /** Corpus cases with a manifest but no completed spec (AWS VPC), left to CompleteThenRenderTest. */
    static final int WITHOUT_COMPLETED_SPEC = 20;

    /** Raise these when more cases pass; they must never fall. */
    static final int SEMANTIC_PASSES = 214;
    static final int BYTE_IDENTICAL = 214;
    static final int HASH_EQUAL_TO_CHANNEL = 214;

    static final Corpus CORPUS = Corpus.kops();

    /** Every corpus case with a networking manifest (CompleteThenRenderTest renders all of them). */
    static Stream<CorpusCase> withManifest() {
        return CORPUS.cases(c -> !c.manifests().isEmpty()).stream();
    }

    /** The cases this test renders: those with kops' completed spec. */
    static Stream<CorpusCase> cases() {
        return withManifest().filter(c -> c.completedSpecPath().isPresent());
    }

    @Test
    void everyCaseWithoutACompletedSpecIsLeftToCompleteThenRender() {
        List<CorpusCase> left = CORPUS.cases(c -> !c.manifests().isEmpty() && c.completedSpecPath().isEmpty());
        assertThat(left).hasSize(WITHOUT_COMPLETED_SPEC);
        assertThat(left).allSatisfy(c -> assertThat(c.provider()).isEqualTo("amazonvpc"));
        assertThat(left).allSatisfy(c -> assertThat(c.input()).isNotNull());
        assertThat(cases().count()).isEqualTo(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsKops(CorpusCase c) {
        String reason = knownFailures().get(c.id());
        Outcome o = check(c);
        if (reason != null) {
            assertThat(o.problem()).as("listed as a known failure (%s) but passes now: remove it from the list", reason)
                    .isNotNull();
        } else {
            assertThat(o.problem()).as(c.id()).isNull();
        }
    }

    @Test
    void passCountsDoNotFall() {
        int semantic = 0;
        int bytes = 0;
        int hashes = 0;
        Map<String, String> failures = new TreeMap<>();
        for (CorpusCase c : cases().toList()) {
            Outcome o = check(c);
            if (o.semantic()) {
                semantic++;
            } else {
                failures.put(c.id(), o.problem());
            }
            if (o.bytes()) {
                bytes++;
            }
            if (o.hash()) {
                hashes++;
            }
        }
        StringBuilder report = new StringBuilder();
        failures.forEach((k, v) -> report.append(k).append('\t').append(oneLine(v)).append('\n'));
        System.out.println("render conformance: semantic " + semantic + "/" + cases().count() + ", byte-identical "
                + bytes + ", manifestHash equal to channel " + hashes + "\n" + report);
        assertThat(semantic + failures.size()).as("cases run").isEqualTo(CASES);
        assertThat(semantic).as("semantic passes").isGreaterThanOrEqualTo(SEMANTIC_PASSES);
        assertThat(bytes).as("byte-identical manifests").isGreaterThanOrEqualTo(BYTE_IDENTICAL);
        assertThat(hashes).as("manifestHash equal to the channel").isGreaterThanOrEqualTo(HASH_EQUAL_TO_CHANNEL);
    }

    record Outcome(boolean semantic, boolean bytes, boolean hash, String problem) {
    }

    static Outcome check(CorpusCase c) {
        if (c.completedSpecPath().isEmpty()) {
            return new Outcome(false, false, false, "no completed spec in the corpus");
        }
        RenderResult result;
        try {
            result = render(c, RenderStyle.KOPS);
        } catch (RuntimeException e) {
            return new Outcome(false, false, false, "render failed: " + e);
        }
        Map<String, RenderedAddon> byPath = new LinkedHashMap<>();
        for (RenderedAddon a : result.addons()) {
            byPath.put(a.addonKey() + "/" + a.templateId(), a);
        }
        boolean semantic = true;
        boolean bytes = true;
        boolean hash = true;
        String problem = null;
        for (Map.Entry<String, String> e : c.manifests().entrySet()) {
            RenderedAddon addon = byPath.get(e.getKey());
            if (addon == null) {
                return new Outcome(false, false, false, "no addon " + e.getKey() + " rendered (got " + byPath.keySet() + ")");
            }
            String expected = CORPUS.read(e.getValue());
            String diff = compare(KopsYaml.parse(expected), KopsYaml.parse(addon.yaml()));
            if (diff != null) {
                semantic = false;
                problem = problem == null ? e.getKey() + ": " + diff : problem;
            }
            bytes &= expected.equals(addon.yaml());
            String channelHash = c.channelNetworking().stream()
                    .filter(ch -> e.getKey().equals(ch.get("name") + "/" + ch.get("id")))
                    .map(ch -> String.valueOf(ch.get("manifestHash"))).findFirst().orElse(null);
            hash &= Objects.equals(channelHash, addon.manifestHash());
        }
        return new Outcome(semantic, bytes, hash, problem);
    }

    /**
     * kops' completed spec of the case, rendered as it is (kops completed it at the case's release,
     * so it is not completed again) after the guard the facade runs before rendering: strict
     * validation at the same release. A completion cannot be made outside the facade, so the test
     * renders through the engine behind it.
     */
    static RenderResult render(CorpusCase c, RenderStyle style) {
        KopsVersion release = KopsVersion.of(c.kopsRelease());
        Cluster kopsCompleted = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        Diagnostics findings = Podnet.forRelease(release).validate(kopsCompleted);
        if (findings.hasErrors()) {
            List<String> errors = Diagnostics.of(findings.errors()).lines();
            throw new InvalidSpecException("cluster " + kopsCompleted.name() + " is not valid at kops " + release
                    + " (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "); fix these first:\n  "
                    + String.join("\n  ", errors), findings);
        }
        return ENGINES.open(Podnet.DEFAULT_CACHE_ENTRIES).render(kopsCompleted, release, style);
    }

    /** The rendering engines behind the facade, found as the facade finds them. */
    static final RenderingEngineFactory ENGINES =
            java.util.ServiceLoader.load(RenderingEngineFactory.class).findFirst().orElseThrow();

    static String compare(List<KubeObject> expected, List<KubeObject> actual) {
        Map<String, KubeObject> want = index(expected);
        Map<String, KubeObject> got = index(actual);
        List<String> problems = new ArrayList<>();
        for (String k : want.keySet()) {
            if (!got.containsKey(k)) {
                problems.add("missing " + k);
            } else if (!want.get(k).equals(got.get(k))) {
                problems.add(k + " differs at " + firstDifference("", want.get(k).tree(), got.get(k).tree()));
            }
        }
        for (String k : got.keySet()) {
            if (!want.containsKey(k)) {
                problems.add("unexpected " + k);
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + (problems.size() > 3 ? " (+" + (problems.size() - 3) + " more)" : "");
    }

    static Map<String, KubeObject> index(List<KubeObject> objects) {
        Map<String, KubeObject> m = new LinkedHashMap<>();
        for (KubeObject o : objects) {
            m.put(o.apiVersion() + " " + o.kind() + " " + o.namespace().orElse("") + "/" + o.name(), o);
        }
        return m;
    }

    static String firstDifference(String path, Object want, Object got) {
        if (want instanceof Map<?, ?> a && got instanceof Map<?, ?> b) {
            for (Object k : a.keySet()) {
                if (!b.containsKey(k)) {
                    return path + "." + k + " missing";
                }
                if (!Objects.equals(a.get(k), b.get(k))) {
                    return firstDifference(path + "." + k, a.get(k), b.get(k));
                }
            }
            for (Object k : b.keySet()) {
                if (!a.containsKey(k)) {
                    return path + "." + k + " unexpected";
                }
            }
        }
        if (want instanceof List<?> a && got instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!Objects.equals(a.get(i), b.get(i))) {
                    return firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
                }
            }
            return path + " has " + b.size() + " items, kops " + a.size();
        }
        return path + ": kops " + abbreviate(want) + ", podnet " + abbreviate(got);
    }

    static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }

    static Map<String, String> knownFailures() {
        return KnownFailures.load("/conformance/render-known-failures.tsv");
    }
}
