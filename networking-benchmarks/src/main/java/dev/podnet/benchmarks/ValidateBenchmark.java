package dev.podnet.benchmarks;

import dev.podnet.Podnet;
import dev.podnet.Completion;
import dev.podnet.api.PodnetException;
import dev.podnet.api.diag.Diagnostics;
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
 * Validate alone, warm: strict validation of the next completed spec of a fleet of distinct
 * generated specs (read and completed in set-up, invalid ones included), through one facade per
 * release.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidateBenchmark {

    @Param({"calico", "cilium", "all"})
    public String provider;

    @Param({"2000"})
    public int fleetSize;

    private final List<Podnet> facades = new ArrayList<>();
    private final List<Completion> completions = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Pipeline opened = new Pipeline(Podnet.DEFAULT_CACHE_ENTRIES);
        for (GeneratedSpec s : Fleet.of(provider, fleetSize)) {
            Podnet p = opened.facade(s.release());
            try {
                completions.add(p.complete(ClusterYaml.read(s.yaml())));
                facades.add(p);
            } catch (PodnetException | ClusterYamlException e) {
                // unreadable or refused at completion: nothing to validate
            }
        }
    }

    @Benchmark
    public Diagnostics validate() {
        int i = next;
        next = i + 1 == completions.size() ? 0 : i + 1;
        return facades.get(i).validate(completions.get(i));
    }
}
