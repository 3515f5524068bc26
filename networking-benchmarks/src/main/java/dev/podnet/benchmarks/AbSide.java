package dev.podnet.benchmarks;

import dev.podnet.corpus.gen.GeneratedSpec;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * One side of an {@link AbMain} comparison: the entry point {@code AbMain} calls in each build's own
 * class loader. Only JDK types cross the loaders' boundary (the two sides' podnet classes are
 * different classes), so {@code AbMain} calls {@link #open} through a method handle and gets back the
 * fleet's provider names and a JDK function that runs spec {@code i} through this build's
 * {@link Pipeline}.
 */
public final class AbSide {
    private AbSide() {
    }

    /**
     * The fleet {@link Fleet#of(String, int)} draws for {@code bucket} and {@code size}, opened on a
     * {@link Pipeline} with {@code cacheEntries}: element 0 is the {@code List<String>} of each spec's
     * provider, element 1 the {@link IntToLongFunction} running spec {@code i} (its result is the
     * pipeline's, so nothing is optimised away).
     */
    public static Object[] open(String bucket, int size, int cacheEntries) {
        List<GeneratedSpec> fleet = Fleet.of(bucket, size);
        Pipeline pipeline = new Pipeline(cacheEntries);
        List<String> providers = fleet.stream().map(GeneratedSpec::provider).toList();
        IntToLongFunction run = i -> pipeline.run(fleet.get(i));
        return new Object[] {providers, run};
    }
}
