package dev.podnet.benchmarks;

import dev.podnet.Podnet;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.util.List;
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
 * The real job, per provider: each operation takes the next spec of a fleet of {@code fleetSize}
 * distinct generated specs ({@link Fleet}: every release, varied options, a share invalid) and
 * reads, completes, validates and renders it ({@link Pipeline}). The score is time per distinct
 * spec with a warm JIT. {@code coldCache}: facades opened with {@code cacheEntries(0)}, nothing
 * memoised (every render parses, edits, packages and hashes its objects afresh);
 * {@code warmCache}: facades with the default cache, kept across the run as a program rendering many
 * clusters would (what distinct specs share, such as a release's parsed upstream objects, is a hit).
 * Quick run: {@code -p fleetSize=1000 -p provider=calico,cilium}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FleetBenchmark {

    /** A generator bucket ({@code spec.networking} key; cilium-eni is Cilium with ENI IPAM), or {@code all}. */
    @Param({"calico", "canal", "cilium", "cilium-eni", "flannel", "kopeio", "kuberouter", "amazonvpc", "kindnet",
        "weave", "lyftvpc", "gce", "kubenet", "cni", "external", "all"})
    public String provider;

    @Param({"10000"})
    public int fleetSize;

    private List<GeneratedSpec> fleet;
    private Pipeline cold;
    private Pipeline warm;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        fleet = Fleet.of(provider, fleetSize);
        cold = new Pipeline(0);
        warm = new Pipeline(Podnet.DEFAULT_CACHE_ENTRIES);
    }

    private GeneratedSpec nextSpec() {
        GeneratedSpec s = fleet.get(next);
        next = next + 1 == fleet.size() ? 0 : next + 1;
        return s;
    }

    /** A distinct spec through facades that memoise nothing. */
    @Benchmark
    public long coldCache() {
        return cold.run(nextSpec());
    }

    /** A distinct spec through facades with the default cache, kept for the run. */
    @Benchmark
    public long warmCache() {
        return warm.run(nextSpec());
    }
}
