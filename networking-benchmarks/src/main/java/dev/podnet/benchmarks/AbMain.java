package dev.podnet.benchmarks;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * Two builds in one JVM, for changes smaller than the difference between two processes on a shared
 * machine: each build's class path gets its own {@link URLClassLoader} (parent: the JDK's platform
 * loader, so nothing of this JVM's class path leaks in), the same fleet of distinct specs runs
 * through each ({@link AbSide#open}, called through a method handle), first {@code --warmup} passes
 * each, then {@code --rounds} rounds of one pass each, both alternating which build goes first. Per pass
 * and provider it takes the thread's CPU time and allocated bytes per spec; it prints the median over
 * the rounds per provider and the ratio B/A.
 *
 * <p>Usage: {@code AbMain [--fleet N] [--bucket B] [--cache N] [--warmup N] [--rounds N] CLASSPATH_A
 * CLASSPATH_B}; each class path is entries separated by the platform's path separator (jars or class
 * directories) and must hold {@code dev.podnet.benchmarks.AbSide}: a build older than this class gets
 * networking-benchmarks' classes put first.
 */
public final class AbMain {
    static final String USAGE = "usage: AbMain [--fleet N] [--bucket B] [--cache N] [--warmup N] [--rounds N]"
            + " CLASSPATH_A CLASSPATH_B";

    /** The key of the whole fleet's line in a {@link Pass}. */
    static final String ALL = "all";

    private AbMain() {
    }

    /** The parsed command line. */
    record Options(int fleet, String bucket, int cacheEntries, int warmup, int rounds, List<Path> a, List<Path> b) {
        static Options parse(String... args) {
            int fleet = 1000;
            String bucket = "all";
            int cache = 0;
            int warmup = 3;
            int rounds = 10;
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    positional.add(arg);
                    continue;
                }
                if (i + 1 >= args.length) throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
                String value = args[++i];
                switch (arg) {
                    case "--fleet" -> fleet = positive(arg, value, 1);
                    case "--bucket" -> bucket = value;
                    case "--cache" -> cache = positive(arg, value, 0);
                    case "--warmup" -> warmup = positive(arg, value, 0);
                    case "--rounds" -> rounds = positive(arg, value, 1);
                    default -> throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("two class paths expected, got " + positional.size() + "; " + USAGE);
            }
            return new Options(fleet, bucket, cache, warmup, rounds, classPath(positional.get(0)),
                    classPath(positional.get(1)));
        }

        private static int positive(String option, String value, int min) {
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a number, not " + value, e);
            }
            if (n < min) throw new IllegalArgumentException(option + " must be at least " + min + ", not " + n);
            return n;
        }

        private static List<Path> classPath(String text) {
            List<Path> out = new ArrayList<>();
            for (String entry : text.split(File.pathSeparator)) {
                if (!entry.isEmpty()) out.add(Path.of(entry));
            }
            if (out.isEmpty()) throw new IllegalArgumentException("empty class path; " + USAGE);
            return out;
        }
    }

    /** One pass of one build: per provider (and {@link #ALL}), CPU nanoseconds, allocated bytes, specs. */
    static final class Pass {
        private final Map<String, long[]> sums = new LinkedHashMap<>();

        Pass() {
            sums.put(ALL, new long[3]);
        }

        void add(String provider, long cpuNanos, long allocatedBytes) {
            for (long[] s : List.of(sums.get(ALL), sums.computeIfAbsent(provider, k -> new long[3]))) {
                s[0] += cpuNanos;
                s[1] += allocatedBytes;
                s[2]++;
            }
        }

        /** CPU milliseconds per spec of {@code provider}, NaN when the pass had none. */
        double cpuMsPerSpec(String provider) {
            long[] s = sums.get(provider);
            return s == null ? Double.NaN : s[0] / 1e6 / s[2];
        }

        /** Allocated kilobytes per spec of {@code provider}, NaN when the pass had none. */
        double allocatedKbPerSpec(String provider) {
            long[] s = sums.get(provider);
            return s == null ? Double.NaN : s[1] / 1024.0 / s[2];
        }

        List<String> providers() {
            return List.copyOf(sums.keySet());
        }
    }

    /** The median of the finite values (NaN when there are none). */
    static double median(double... values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * One line per provider (in the order of the first pass of A, then any only B has): median CPU ms
     * per spec of A and B over the passes, B/A of those medians, the median of the rounds' own B/A
     * (pass {@code i} of A with pass {@code i} of B: both ran in the same round, so under the same load),
     * median allocated KB per spec of A and B, B/A.
     */
    static List<String> summary(List<Pass> a, List<Pass> b) {
        List<String> providers = new ArrayList<>();
        for (List<Pass> side : List.of(a, b)) {
            for (Pass p : side) {
                for (String name : p.providers()) {
                    if (!providers.contains(name)) providers.add(name);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-16s %9s %9s %6s %7s %10s %10s %6s", "provider", "A ms", "B ms", "B/A",
                "paired", "A KB", "B KB", "B/A"));
        for (String name : providers) {
            double cpuA = median(a.stream().mapToDouble(p -> p.cpuMsPerSpec(name)).toArray());
            double cpuB = median(b.stream().mapToDouble(p -> p.cpuMsPerSpec(name)).toArray());
            double kbA = median(a.stream().mapToDouble(p -> p.allocatedKbPerSpec(name)).toArray());
            double kbB = median(b.stream().mapToDouble(p -> p.allocatedKbPerSpec(name)).toArray());
            double[] perRound = new double[Math.min(a.size(), b.size())];
            for (int r = 0; r < perRound.length; r++) {
                perRound[r] = b.get(r).cpuMsPerSpec(name) / a.get(r).cpuMsPerSpec(name);
            }
            lines.add(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %6.2f %7.2f %10.1f %10.1f %6.2f", name, cpuA, cpuB,
                    cpuB / cpuA, median(perRound), kbA, kbB, kbB / kbA));
        }
        return lines;
    }

    /** A build's fleet, opened in its own class loader. */
    private record Side(String label, URLClassLoader loader, List<String> providers, IntToLongFunction run) {
        static Side open(String label, List<Path> classPath, Options o) throws Throwable {
            URL[] urls = new URL[classPath.size()];
            for (int i = 0; i < urls.length; i++) urls[i] = url(classPath.get(i));
            URLClassLoader loader = new URLClassLoader("ab-" + label, urls, ClassLoader.getPlatformClassLoader());
            Class<?> entry = Class.forName("dev.podnet.benchmarks.AbSide", true, loader);
            MethodHandle open = MethodHandles.publicLookup().findStatic(entry, "open",
                    MethodType.methodType(Object[].class, String.class, int.class, int.class));
            Object[] opened = (Object[]) open.invoke(o.bucket(), o.fleet(), o.cacheEntries());
            @SuppressWarnings("unchecked")
            List<String> providers = (List<String>) opened[0];
            return new Side(label, loader, providers, (IntToLongFunction) opened[1]);
        }

        private static URL url(Path p) {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + p, e);
            }
        }

        Pass pass(com.sun.management.ThreadMXBean threads, long[] sink) {
            Pass pass = new Pass();
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                for (int i = 0; i < providers.size(); i++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long bytes = threads.getCurrentThreadAllocatedBytes();
                    sink[0] += run.applyAsLong(i);
                    long cpuAfter = threads.getCurrentThreadCpuTime();
                    long bytesAfter = threads.getCurrentThreadAllocatedBytes();
                    pass.add(providers.get(i), cpuAfter - cpu, bytesAfter - bytes);
                }
            } finally {
                thread.setContextClassLoader(before);
            }
            return pass;
        }
    }

    public static void main(String[] args) throws Throwable {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Side a = Side.open("A", o.a(), o);
        Side b = Side.open("B", o.b(), o);
        if (!a.providers().equals(b.providers())) {
            System.err.println("the two builds draw different fleets; compare builds with the same generator");
            System.exit(1);
        }
        long[] sinkA = new long[1];
        long[] sinkB = new long[1];
        for (int i = 0; i < o.warmup(); i++) {
            // alternating here too, so neither build always warms up second
            (i % 2 == 0 ? a : b).pass(threads, i % 2 == 0 ? sinkA : sinkB);
            (i % 2 == 0 ? b : a).pass(threads, i % 2 == 0 ? sinkB : sinkA);
        }
        List<Pass> passesA = new ArrayList<>();
        List<Pass> passesB = new ArrayList<>();
        for (int r = 0; r < o.rounds(); r++) {
            boolean aFirst = r % 2 == 0;
            Pass first = (aFirst ? a : b).pass(threads, aFirst ? sinkA : sinkB);
            Pass second = (aFirst ? b : a).pass(threads, aFirst ? sinkB : sinkA);
            passesA.add(aFirst ? first : second);
            passesB.add(aFirst ? second : first);
            System.out.printf(Locale.ROOT, "round %d: A %.3f ms/spec, B %.3f ms/spec%n", r + 1,
                    passesA.get(r).cpuMsPerSpec(ALL), passesB.get(r).cpuMsPerSpec(ALL));
        }
        System.out.printf(Locale.ROOT, "fleet %d (%s), cacheEntries %d, %d warm-up passes, median of %d rounds;"
                        + " CPU ms and allocated KB per spec of this thread%n", o.fleet(), o.bucket(), o.cacheEntries(),
                o.warmup(), o.rounds());
        summary(passesA, passesB).forEach(System.out::println);
        // the checksum of each side over all its passes: equal when both builds render the same sizes
        System.out.println("checksum A " + sinkA[0] + ", B " + sinkB[0]);
        a.loader().close();
        b.loader().close();
    }
}
