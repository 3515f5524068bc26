package dev.podnet.benchmarks;

import dev.podnet.Podnet;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * podnet in-process on the {@code *.yaml} files of a directory, for {@code scripts/side-by-side.sh}:
 * reads, completes, validates and renders each file ({@link Pipeline}) and prints, in milliseconds
 * per spec (wall):
 * {@code first_pass_ms_per_spec}: the first pass of the JVM (class loading, interpreter, facade
 * opening, provider data loading); {@code warm_nocache_median_ms_per_spec}: the median pass of
 * {@code passes} through a facade opened with {@code cacheEntries(0)} once the JIT is warm (each
 * spec's own work done in full, as for a distinct spec); {@code warm_repeat_median_ms_per_spec}: the
 * median pass through a facade with the default cache, the same specs again (cache hits). Usage:
 * {@code FilesMain DIR RELEASE [passes]}.
 */
public final class FilesMain {
    private FilesMain() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String release = args[1];
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<GeneratedSpec> specs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                specs.add(new GeneratedSpec(p.getFileName().toString(), release, "?", specs.size(), null,
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        Pipeline noCache = new Pipeline(0);
        long t0 = System.nanoTime();
        long sink = pass(noCache, specs);
        double first = (System.nanoTime() - t0) / 1e6 / specs.size();
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        double[] nocache = new double[passes];
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            sink += pass(noCache, specs);
            nocache[i] = (System.nanoTime() - t) / 1e6 / specs.size();
        }
        Pipeline cached = new Pipeline(Podnet.DEFAULT_CACHE_ENTRIES);
        double[] repeat = new double[passes];
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            sink += pass(cached, specs);
            repeat[i] = (System.nanoTime() - t) / 1e6 / specs.size();
        }
        System.out.printf(Locale.ROOT, "specs %d first_pass_ms_per_spec %.3f jvm_start_to_first_pass_done_ms %d"
                + " warm_nocache_median_ms_per_spec %.4f warm_repeat_median_ms_per_spec %.4f checksum %d%n",
                specs.size(), first, sinceJvmStart, median(nocache), median(repeat), sink);
    }

    private static long pass(Pipeline p, List<GeneratedSpec> specs) {
        long sink = 0;
        for (GeneratedSpec s : specs) sink += p.run(s);
        return sink;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
