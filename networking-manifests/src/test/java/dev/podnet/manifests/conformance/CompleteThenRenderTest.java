package dev.podnet.manifests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.Podnet;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.testkit.CorpusCase;
import java.util.LinkedHashMap;
import java.util.Map;
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
 */
class CompleteThenRenderTest {

    /** Raise when more cases pass; it must never fall. */
    static final int PASSES = 234;
    static final int HASH_EQUAL_TO_CHANNEL = 234;

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
        KopsVersion release = KopsVersion.of(c.kopsRelease());
        Cluster done = Podnet.forRelease(release).complete(ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.input())))
                .cluster();
        for (RenderedAddon a : TestRendering.forRelease(release).render(done).addons()) {
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
        KopsVersion release = KopsVersion.of(c.kopsRelease());
        Cluster done;
        try {
            Cluster input = ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.input()));
            done = Podnet.forRelease(release).complete(input).cluster();
        } catch (RuntimeException | LinkageError e) {
            return "defaulting: complete failed: " + e;
        }
        String problem = compare(c, release, done);
        if (problem == null) {
            return null;
        }
        boolean renderFromKopsSpecPasses = c.completedSpecPath().isPresent() && RenderConformanceTest.check(c).semantic();
        return (renderFromKopsSpecPasses ? "defaulting: completed spec differs from kops' (rendering kops' own passes): "
                : "rendering: ") + problem;
    }

    static String compare(CorpusCase c, KopsVersion release, Cluster done) {
        RenderResult result;
        try {
            result = TestRendering.forRelease(release).render(done);
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

    static Map<String, String> knownFailures() {
        return KnownFailures.load("/conformance/complete-then-render-known-failures.tsv");
    }
}
