package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.spi.RenderingEngineFactory;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.KnownFailures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole path, as a user runs it (corpus data from the kops project, Apache License 2.0): the
 * spec as the user wrote it (update_cluster input or bootstrap-channel cluster) → podnet's
 * defaults for the case's release → render, compared with kops' manifest object by object. Every
 * expected manifest must be rendered and semantically equal; addons kops' fixture does not carry
 * (older Kubernetes ranges of 1.18) are not compared.
 *
 * <p>Each failure is classified: {@code defaulting:} when completing the input fails, or when the
 * render differs although rendering kops' own completed spec of the case gives kops' manifest
 * (so the completed spec is what differs); {@code rendering:} otherwise. Cases known to fail are
 * listed with their reason in {@code conformance/complete-then-render-known-failures.tsv}.
 *
 * <p>Completion goes through the {@link Podnet} facade; rendering uses the engine behind the facade
 * without its strict-validation guard ({@link RenderingEngineFactory}, the SPI the facade opens),
 * because this test measures whether podnet's defaults and renderers give kops' manifests, and the
 * guard refuses podnet's own completion of a few inputs (listed with the reason in
 * {@code conformance/guard-refuses-completion.tsv}; {@link #theGuardRefusesOnlyTheListedCompletions}
 * keeps that list exact). Rendered through the guard those cases would not be compared at all.
 */
class CompleteThenRenderTest {

    /** Raise when more cases pass; it must never fall. */
    static final int PASSES = 234;
    static final int HASH_EQUAL_TO_CHANNEL = 234;

    /** The rendering engine behind the facade; the factory holds no state (each open() is a new engine). */
    private static final RenderingEngineFactory UNGUARDED =
            ServiceLoader.load(RenderingEngineFactory.class).findFirst().orElseThrow();

    static Stream<CorpusCase> cases() {
        return RenderConformanceTest.withManifest().filter(c -> c.input() != null && c.input().endsWith(".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inputCompleteRender(CorpusCase c) {
        String reason = knownFailures().get(c.id());
        String problem = check(c);
        if (reason != null) {
            assertThat(problem).as("listed as a known failure (%s) but passes now: remove it from the list", reason)
                    .isNotNull();
        } else {
            assertThat(problem).as(c.id()).isNull();
        }
    }

    @Test
    void passCountDoesNotFall() {
        int pass = 0;
        int total = 0;
        int hashes = 0;
        Map<String, String> failures = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (CorpusCase c : cases().toList()) {
            total++;
            String problem = check(c);
            if (problem == null) {
                pass++;
                hashes += hashesEqualChannel(c) ? 1 : 0;
            } else {
                failures.put(c.id(), problem);
                byKind.merge(problem.substring(0, problem.indexOf(':')), 1, Integer::sum);
            }
        }
        StringBuilder report = new StringBuilder();
        failures.forEach((k, v) -> report.append(k).append('\t').append(RenderConformanceTest.oneLine(v)).append('\n'));
        System.out.println("input -> complete -> render: " + pass + "/" + total + ", manifestHash equal to the channel " + hashes
                + ", failures by cause " + byKind
                + "\n" + report);
        assertThat(pass).as("input -> complete -> render passes").isGreaterThanOrEqualTo(PASSES);
        assertThat(hashes).as("manifestHash equal to the channel").isGreaterThanOrEqualTo(HASH_EQUAL_TO_CHANNEL);
    }

    /** Whether every expected addon's manifestHash (sha1 before 1.22) equals the one in kops' bootstrap channel. */
    static boolean hashesEqualChannel(CorpusCase c) {
        Podnet podnet = Podnet.forRelease(c.kopsRelease());
        Completion done = podnet.complete(ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.input())));
        for (RenderedAddon a : renderUnguarded(done).addons()) {
            String key = a.addonKey() + "/" + a.templateId();
            if (!c.manifests().containsKey(key)) {
                continue;
            }
            boolean equal = c.channelNetworking().stream()
                    .filter(ch -> key.equals(ch.get("name") + "/" + ch.get("id")))
                    .anyMatch(ch -> a.manifestHash().equals(ch.get("manifestHash")));
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    /** Null when the case passes, else {@code defaulting: ...} or {@code rendering: ...}. */
    static String check(CorpusCase c) {
        Podnet podnet = Podnet.forRelease(c.kopsRelease());
        Completion done;
        try {
            Cluster input = ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.input()));
            done = podnet.complete(input);
        } catch (RuntimeException | LinkageError e) {
            return "defaulting: complete failed: " + e;
        }
        String problem = compare(c, podnet, done);
        if (problem == null) {
            return null;
        }
        boolean renderFromKopsSpecPasses = c.completedSpecPath().isPresent() && RenderConformanceTest.check(c).semantic();
        return (renderFromKopsSpecPasses ? "defaulting: completed spec differs from kops' (rendering kops' own passes): "
                : "rendering: ") + problem;
    }

    static String compare(CorpusCase c, Podnet podnet, Completion done) {
        RenderResult result;
        try {
            result = renderUnguarded(done);
        } catch (RuntimeException | LinkageError e) {
            return "render failed: " + e;
        }
        Map<String, RenderedAddon> byPath = new LinkedHashMap<>();
        for (RenderedAddon a : result.addons()) {
            byPath.put(a.addonKey() + "/" + a.templateId(), a);
        }
        for (Map.Entry<String, String> e : c.manifests().entrySet()) {
            RenderedAddon addon = byPath.get(e.getKey());
            if (addon == null) {
                return "no addon " + e.getKey() + " rendered (got " + byPath.keySet() + ")";
            }
            String diff = RenderConformanceTest.compare(KopsYaml.parse(RenderConformanceTest.CORPUS.read(e.getValue())),
                    KopsYaml.parse(addon.yaml()));
            if (diff != null) {
                return e.getKey() + ": " + diff;
            }
        }
        return null;
    }

    /** Renders a completion as the facade would after its guard (see the class comment for why). */
    static RenderResult renderUnguarded(Completion done) {
        return UNGUARDED.open(Podnet.DEFAULT_CACHE_ENTRIES).render(done.cluster(), done.release(), RenderStyle.KOPS);
    }

    /**
     * The facade's guard (strict validation of the completion, which {@link Podnet#render} runs
     * first) refuses podnet's completion of exactly the inputs listed, and the facade's render then
     * throws {@link InvalidSpecException} for them.
     */
    @Test
    void theGuardRefusesOnlyTheListedCompletions() {
        Map<String, String> listed = KnownFailures.load("/conformance/guard-refuses-completion.tsv");
        Map<String, String> refused = new TreeMap<>();
        for (CorpusCase c : cases().toList()) {
            Podnet podnet = Podnet.forRelease(c.kopsRelease());
            Completion done = podnet.complete(ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.input())));
            Diagnostics findings = podnet.validate(done);
            if (findings.hasErrors()) {
                refused.put(c.id(), findings.errors().get(0).line());
                assertThatThrownBy(() -> podnet.render(done)).as(c.id()).isInstanceOf(InvalidSpecException.class);
            }
        }
        System.out.println("the facade's guard refuses podnet's completion of " + refused.size() + " inputs: " + refused);
        assertThat(refused.keySet()).isEqualTo(listed.keySet());
    }

    static Map<String, String> knownFailures() {
        return KnownFailures.load("/conformance/complete-then-render-known-failures.tsv");
    }
}
