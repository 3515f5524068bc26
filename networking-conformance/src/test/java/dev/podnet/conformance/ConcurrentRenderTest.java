package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.Podnet;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rendering is thread-safe: a facade's rendering engine and its caches (prepared objects, packaged
 * objects, edited objects by value, whole text and hash) are shared by every thread that uses it, so
 * one engine per release, opened as a {@link Podnet} opens its own, is shared by all threads and every corpus case in both styles is rendered through it
 * from several threads at once, each in its own order (so that threads race on
 * the same keys and the bounded caches evict while others read), and every result must equal the
 * sequential render: same YAML text, manifestHash, channel entry and documents.
 */
class ConcurrentRenderTest {

    private static final int THREADS = 6;
    private static final int ROUNDS = 2;
    /** Entries per memo table of the engine the threads share: small, so that they evict all along. */
    private static final int SMALL_CACHE = 32;

    /** kops' completed spec of a case at its release (wrapped as that release's completion, not completed again). */
    private record Job(String id, KopsVersion release, Cluster cluster, RenderStyle style) {
    }

    /** What a render gives, comparable: the addons' text, hash, channel entry and documents, or the failure. */
    /**
     * kops' completed specs are rendered as they are (kops completed them), through the engine behind
     * the facade, opened as a facade opens it: a completion cannot be made outside the facade.
     */
    private static final dev.podnet.api.spi.RenderingEngineFactory ENGINES = RenderConformanceTest.ENGINES;

    private static String outcome(Map<KopsVersion, RenderingEngine> facades, Job j) {
        try {
            RenderResult r = facades.get(j.release()).render(j.cluster(), j.release(), j.style());
            StringBuilder sb = new StringBuilder();
            for (RenderedAddon a : r.addons()) {
                sb.append(a.addonKey()).append('/').append(a.templateId()).append(' ').append(a.manifestHash())
                        .append('\n').append(a.channelEntry()).append('\n').append(a.documents().hashCode())
                        .append('\n').append(a.yaml()).append('\n');
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }

    @Test
    void concurrentRendersEqualSequentialOnes() throws Exception {
        List<Job> jobs = new ArrayList<>();
        for (CorpusCase c : RenderConformanceTest.cases().toList()) {
            Cluster cluster = ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.completedSpec()));
            KopsVersion release = KopsVersion.of(c.kopsRelease());
            for (RenderStyle style : RenderStyle.values()) {
                jobs.add(new Job(c.id() + " " + style, release, cluster, style));
            }
        }
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(RenderConformanceTest.CASES);
        // one facade per release with small caches, shared by every thread: its caches are what the threads
        // race on (and evict all along); the sequential render goes through separate default facades
        Map<KopsVersion, RenderingEngine> facades = jobs.stream().map(Job::release).distinct()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), r -> ENGINES.open(SMALL_CACHE)));
        Map<KopsVersion, RenderingEngine> alone = jobs.stream().map(Job::release).distinct()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), r -> ENGINES.open(Podnet.DEFAULT_CACHE_ENTRIES)));

        // concurrent first, so that threads also race on caches still empty in this JVM
        List<List<String>> concurrent = renderConcurrently(facades, jobs);
        List<String> sequential = new ArrayList<>();
        for (Job j : jobs) {
            sequential.add(outcome(alone, j));
        }
        assertThat(sequential).noneMatch(s -> s.startsWith("failed"));
        concurrent.addAll(renderConcurrently(facades, jobs));
        for (List<String> results : concurrent) {
            for (int i = 0; i < jobs.size(); i++) {
                assertThat(results.get(i)).as(jobs.get(i).id()).isEqualTo(sequential.get(i));
            }
        }
    }

    /** Each thread renders every job ROUNDS times, in its own shuffled order; its results in job order. */
    private static List<List<String>> renderConcurrently(Map<KopsVersion, RenderingEngine> facades, List<Job> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                Callable<List<String>> task = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < jobs.size(); i++) {
                        order.add(i);
                    }
                    String[] results = new String[jobs.size()];
                    start.await();
                    Random random = new Random(seed);
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random);
                        for (int i : order) {
                            String o = outcome(facades, jobs.get(i));
                            if (results[i] != null && !results[i].equals(o)) {
                                throw new AssertionError(jobs.get(i).id() + ": two renders in one thread differ");
                            }
                            results[i] = o;
                        }
                    }
                    return List.of(results);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<List<String>> out = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                out.add(f.get(10, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
