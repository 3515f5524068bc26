package dev.podnet.benchmarks;

import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
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
 * Reading alone, warm: {@code ClusterYaml.load} (YAML text to the Cluster and the stream's other
 * documents) of the next spec of a fleet of distinct generated specs, unreadable ones included
 * (their refusal is the result). Nothing is memoised between specs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadBenchmark {

    @Param({"kubenet", "calico", "all"})
    public String provider;

    @Param({"2000"})
    public int fleetSize;

    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        texts = Fleet.of(provider, fleetSize).stream().map(GeneratedSpec::yaml).toList();
    }

    @Benchmark
    public Object read() {
        int i = next;
        next = i + 1 == texts.size() ? 0 : i + 1;
        try {
            ClusterDocuments d = ClusterYaml.load(texts.get(i));
            return d.cluster();
        } catch (ClusterYamlException e) {
            return e;
        }
    }
}
