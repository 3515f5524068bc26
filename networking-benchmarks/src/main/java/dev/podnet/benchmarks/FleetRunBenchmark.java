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
 * A whole fleet as one operation: {@code fleetSize} distinct generated specs of every provider and
 * release read, completed, validated and rendered through new facades (one per release) opened for
 * the operation, with {@code cacheEntries} 0 or the default. The first measured operation of each
 * fork starts with a cold JIT (no warm-up), later ones with a warm JIT; the score is the time of
 * the whole fleet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 4)
@Fork(2)
public class FleetRunBenchmark {

    @Param({"10000"})
    public int fleetSize;

    @Param({"0", "" + Podnet.DEFAULT_CACHE_ENTRIES})
    public int cacheEntries;

    private List<GeneratedSpec> fleet;

    @Setup(Level.Trial)
    public void setUp() {
        fleet = Fleet.of("all", fleetSize);
    }

    /** The fleet through fresh facades. */
    @Benchmark
    public long fleet() {
        Pipeline pipeline = new Pipeline(cacheEntries);
        long sink = 0;
        for (GeneratedSpec s : fleet) sink += pipeline.run(s);
        return sink;
    }
}
