package dev.podnet.benchmarks;

import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.util.List;
import java.util.Locale;

/**
 * Reading alone without JMH, as CPU time of the reading thread (what a shared machine leaves
 * comparable): {@code ClusterYaml.load} of every spec of a fleet of distinct generated specs, pass
 * after pass, printing the mean CPU microseconds per spec of each pass. Usage:
 * {@code ReadMain [fleetSize] [passes] [bucket]}; {@link ReadBenchmark} is the JMH form.
 */
public final class ReadMain {
    private ReadMain() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String bucket = args.length > 2 ? args[2] : "all";
        List<String> texts = Fleet.of(bucket, size).stream().map(GeneratedSpec::yaml).toList();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String t : texts) {
                try {
                    sink += ClusterYaml.load(t).findings().size();
                } catch (ClusterYamlException e) {
                    sink += e.problems().size();
                }
            }
            long cpu = threads.getCurrentThreadCpuTime() - start;
            System.out.println(String.format(Locale.ROOT, "pass %d: %d specs (%s), %.1f us cpu/spec", pass + 1,
                    texts.size(), bucket, cpu / 1e3 / texts.size()));
        }
        System.out.println("(checksum " + sink + ")");
    }
}
