package dev.podnet.manifests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.Podnet;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.testkit.CorpusCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rendering is thread-safe: one engine's caches (prepared objects, packaged objects, edited
 * objects by value, whole text and hash) are shared by every thread that renders through it, so
 * every corpus case in both styles is rendered from several threads at once through one engine
 * with small caches, each thread in its own order (so that threads race on the same keys and the
 * bounded caches evict while others read), and every result must equal the sequential render
 * (through the shared test engine): same YAML text, manifestHash, channel entry and documents.
 */
class ConcurrentRenderTest {

    private static final int THREADS = 6;
    private static final int ROUNDS = 2;
    /** Entries per memo table of the engine the threads share: small, so that they evict all along. */
    private static final int SMALL_CACHE = 32;

    private record Job(String id, Cluster cluster, KopsVersion release, RenderStyle style) {
    }

    /** What a render gives, comparable: the addons' text, hash, channel entry and documents, or the failure. */
    private static String outcome(Job j, RenderingEngine engine) {
        try {
            RenderResult r = TestRendering.forRelease(j.release(), engine).render(j.cluster(), j.style());
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
                jobs.add(new Job(c.id() + " " + style, cluster, release, style));
            }
        }
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(RenderConformanceTest.CASES);

        // concurrent first, so that threads also race on caches still empty
        RenderingEngine shared = TestRendering.engine(SMALL_CACHE);
        List<List<String>> concurrent = renderConcurrently(jobs, shared);
        RenderingEngine alone = TestRendering.engine(Podnet.DEFAULT_CACHE_ENTRIES);
        List<String> sequential = new ArrayList<>();
        for (Job j : jobs) {
            sequential.add(outcome(j, alone));
        }
        assertThat(sequential).noneMatch(s -> s.startsWith("failed"));
        concurrent.addAll(renderConcurrently(jobs, shared));
        for (List<String> results : concurrent) {
            for (int i = 0; i < jobs.size(); i++) {
                assertThat(results.get(i)).as(jobs.get(i).id()).isEqualTo(sequential.get(i));
            }
        }
    }

    /** Each thread renders every job ROUNDS times, in its own shuffled order; its results in job order. */
    private static List<List<String>> renderConcurrently(List<Job> jobs, RenderingEngine engine) throws Exception {
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
                            String o = outcome(jobs.get(i), engine);
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
