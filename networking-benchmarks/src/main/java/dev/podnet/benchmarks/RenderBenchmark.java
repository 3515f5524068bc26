package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.corpus.CorpusCase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cache hits, labelled as such: the SAME spec rendered again and again, so these figures are not
 * what a fleet of distinct specs costs (see {@link FleetBenchmark}). Render: the completed spec of a corpus case rendered in kops style (labels, bookkeeping, YAML
 * text, manifestHash, channel entry) through a facade, reported two ways: {@code sameSpecCacheHit}
 * renders the same spec again through a facade with the default cache (its memo tables hit),
 * {@code sameSpecNoCache} through a facade opened with {@code cacheEntries(0)} (nothing memoised: every
 * render loads, parses, edits, packages and hashes afresh; the JIT is warm in both). Other cases
 * can be added with {@code -p kase=<release>/<case>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    /** calico, flannel, kopeio, amazonvpc, canal, cilium, weave, kindnet. */
    @Param({"v1.30.0/privatecalico", "v1.30.0/privateflannel", "v1.30.0/privatekopeio", "v1.30.0/many-addons",
        "v1.30.0/privatecanal", "v1.30.0/privatecilium", "v1.27.0/privateweave", "v1.32.0/privatekindnet"})
    public String kase;

    private Podnet cached;
    private Podnet uncached;
    private Completion completed;

    @Setup(Level.Trial)
    public void setUp() {
        CorpusCase c = Inputs.corpusCase(kase);
        cached = Podnet.forRelease(Inputs.release(c));
        uncached = Podnet.builder().release(Inputs.release(c)).cacheEntries(0).build();
        completed = cached.complete(Inputs.completed(c));
        if (cached.render(completed).addons().isEmpty()) {
            throw new IllegalStateException(kase + ": no addon rendered");
        }
    }

    /** The same spec rendered again by a facade with the default cache: memo hits. */
    @Benchmark
    public RenderResult sameSpecCacheHit() {
        return cached.render(completed, RenderStyle.KOPS);
    }

    /** The same spec rendered by a facade that memoises nothing ({@code cacheEntries(0)}). */
    @Benchmark
    public RenderResult sameSpecNoCache() {
        return uncached.render(completed, RenderStyle.KOPS);
    }
}
