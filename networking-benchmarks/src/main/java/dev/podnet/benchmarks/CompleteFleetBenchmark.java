package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.util.ArrayList;
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
 * Complete alone, warm: the next spec of a fleet of distinct generated specs (read in set-up, invalid
 * ones included; those completion refuses are left out) completed through one facade per release, as
 * {@link ValidateBenchmark} does for validation. {@link CompleteBenchmark} repeats one corpus input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompleteFleetBenchmark {

    @Param({"calico", "cilium", "kubenet", "all"})
    public String provider;

    @Param({"2000"})
    public int fleetSize;

    private final List<Podnet> facades = new ArrayList<>();
    private final List<Cluster> inputs = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Pipeline opened = new Pipeline(Podnet.DEFAULT_CACHE_ENTRIES);
        for (GeneratedSpec s : Fleet.of(provider, fleetSize)) {
            Podnet p = opened.facade(s.release());
            try {
                Cluster read = ClusterYaml.read(s.yaml());
                p.complete(read);
                inputs.add(read);
                facades.add(p);
            } catch (PodnetException | ClusterYamlException e) {
                // unreadable or refused at completion: not part of the measured job
            }
        }
    }

    @Benchmark
    public Completion complete() {
        int i = next;
        next = i + 1 == inputs.size() ? 0 : i + 1;
        return facades.get(i).complete(inputs.get(i));
    }
}
