package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostics;
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
 * Cold validate: the first {@code validate} of a process, after {@code Podnet.forRelease} and
 * {@code complete} (set-up, not measured). One measurement per forked JVM, so every score is a
 * first call: the single-field constraint checker's start-up (once a Bean Validation provider's
 * bootstrap) and the rules' first run. {@code setUp} is timed by the trial, not by the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstValidateBenchmark {

    @Param({"v1.30.0/privatecalico"})
    public String kase;

    private Podnet podnet;
    private Completion completion;

    @Setup(Level.Trial)
    public void setUp() {
        CorpusCase c = Inputs.corpusCase(kase);
        podnet = Podnet.forRelease(Inputs.release(c));
        completion = podnet.complete(Inputs.input(c));
    }

    @Benchmark
    public Diagnostics firstValidate() {
        return podnet.validate(completion);
    }
}
