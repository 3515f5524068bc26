package dev.podnet.benchmarks;

import dev.podnet.corpus.gen.GeneratedSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-process fleet timing without JMH, for the side-by-side script and quick checks: renders a
 * fleet of distinct generated specs through {@link Pipeline} and prints, per generator bucket, the
 * mean CPU milliseconds of the rendering thread per spec (on a shared machine wall time counts
 * other processes' turns) of the first pass (JIT cold, caches empty) and of later passes (JIT
 * warm), and each pass's wall time. Usage: {@code FleetMain [fleetSize] [passes] [cacheEntries] [bucket]}. JMH
 * ({@link FleetBenchmark}) gives the figures with error bars; this gives one line per bucket.
 */
public final class FleetMain {
    private FleetMain() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int cacheEntries = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        String bucket = args.length > 3 ? args[3] : "all";
        List<GeneratedSpec> fleet = Fleet.of(bucket, size);
        Pipeline pipeline = new Pipeline(cacheEntries);
        Map<String, long[]> perBucket = new LinkedHashMap<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        List<String> lines = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            perBucket.clear();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (GeneratedSpec s : fleet) {
                long t0 = threads.getCurrentThreadCpuTime();
                sink += pipeline.run(s);
                long[] acc = perBucket.computeIfAbsent(s.provider(), k -> new long[2]);
                acc[0] += threads.getCurrentThreadCpuTime() - t0;
                acc[1]++;
            }
            long total = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "pass %d: %d specs in %.0f ms wall, %.0f ms cpu (%.3f ms cpu/spec), cpu ms/spec:", pass + 1,
                    fleet.size(), total / 1e6, cpu / 1e6, cpu / 1e6 / fleet.size()));
            perBucket.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s=%.3f", k, v[0] / 1e6 / v[1])));
            lines.add(line.toString());
            System.out.println(line);
        }
        System.out.println("(cacheEntries " + cacheEntries + ", checksum " + sink + ")");
    }
}
