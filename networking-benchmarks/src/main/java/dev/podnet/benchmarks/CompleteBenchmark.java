package dev.podnet.benchmarks;

import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.Podnet;
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

/** Warm complete: the spec as the user wrote it completed with a release's defaults. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompleteBenchmark {

    @Param({"v1.30.0/privatecalico", "v1.30.0/privatecilium"})
    public String kase;

    private Podnet podnet;
    private Cluster input;

    @Setup(Level.Trial)
    public void setUp() {
        CorpusCase c = Inputs.corpusCase(kase);
        podnet = Podnet.forRelease(Inputs.release(c));
        input = Inputs.input(c);
    }

    @Benchmark
    public Completion complete() {
        return podnet.complete(input);
    }
}
