package dev.podnet.benchmarks;

import dev.podnet.Podnet;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
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
 * JVM start to the first render, in-process: one measurement per forked JVM of opening a facade and
 * reading, completing, validating and rendering one of kops' corpus inputs (set-up only reads
 * the text, with the testkit's own classes). Every score is a first call: podnet's class loading, its
 * facts and upstream objects loaded, the interpreter and the first JIT tiers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstRenderBenchmark {

    /** kops' corpus cases (the input as the user wrote it): calico, cilium, flannel. */
    @Param({"v1.30.0/privatecalico", "v1.30.0/privatecilium", "v1.30.0/privateflannel"})
    public String kase;

    private String release;
    private String yaml;

    @Setup(Level.Trial)
    public void setUp() {
        CorpusCase c = Inputs.corpusCase(kase);
        release = c.kopsRelease();
        yaml = Corpus.kops().read(c.input());
    }

    @Benchmark
    public RenderResult firstRender() {
        return Podnet.forRelease(KopsVersion.of(release)).render(ClusterYaml.read(yaml));
    }
}
