package dev.podnet.benchmarks;

import dev.podnet.api.Completion;
import dev.podnet.api.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.testkit.CorpusCase;
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
 * Warm render: the completed spec of a corpus case rendered in kops style (labels, bookkeeping,
 * YAML text, manifestHash, channel entry), in a JVM that has rendered it before. Providers whose
 * renderer is not there yet can be added with {@code -p kase=<release>/<case>}.
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

    private Podnet podnet;
    private Completion completed;

    @Setup(Level.Trial)
    public void setUp() {
        CorpusCase c = Inputs.corpusCase(kase);
        podnet = Podnet.forRelease(Inputs.release(c));
        completed = podnet.complete(Inputs.completed(c));
        if (podnet.render(completed).addons().isEmpty()) {
            throw new IllegalStateException(kase + ": no addon rendered");
        }
    }

    @Benchmark
    public RenderResult renderKops() {
        return podnet.render(completed, RenderStyle.KOPS);
    }
}
