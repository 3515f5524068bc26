package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared path phase by phase, without JMH: reads, completes and strictly validates a fleet of
 * distinct generated specs, each phase over the whole fleet at once, and prints per pass the
 * <b>CPU</b> microseconds of the calling thread per spec of each phase (read, complete, validate),
 * through one facade per release opened with {@code cacheEntries(0)} (neither phase memoises by spec
 * contents). Later passes show the warm-JIT figures. Usage:
 * {@code PhaseMain [fleetSize] [passes] [bucket]}.
 */
public final class PhaseMain {
    private PhaseMain() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String bucket = args.length > 2 ? args[2] : "all";
        List<GeneratedSpec> fleet = Fleet.of(bucket, size);
        Pipeline opened = new Pipeline(0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            List<Podnet> facades = new ArrayList<>(fleet.size());
            List<Cluster> read = new ArrayList<>(fleet.size());
            long t0 = threads.getCurrentThreadCpuTime();
            for (GeneratedSpec s : fleet) {
                try {
                    read.add(ClusterYaml.read(s.yaml()));
                    facades.add(opened.facade(s.release()));
                } catch (ClusterYamlException e) {
                    sink++;
                }
            }
            long t1 = threads.getCurrentThreadCpuTime();
            List<Completion> done = new ArrayList<>(read.size());
            List<Podnet> completedBy = new ArrayList<>(read.size());
            for (int i = 0; i < read.size(); i++) {
                try {
                    done.add(facades.get(i).complete(read.get(i)));
                    completedBy.add(facades.get(i));
                } catch (PodnetException e) {
                    sink++;
                }
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < done.size(); i++) sink += completedBy.get(i).validate(done.get(i)).size();
            long t3 = threads.getCurrentThreadCpuTime();
            System.out.println(String.format(Locale.ROOT,
                    "pass %d: cpu us/spec read %.1f (%d), complete %.1f (%d), validate %.1f (%d)", pass + 1,
                    (t1 - t0) / 1e3 / fleet.size(), fleet.size(), (t2 - t1) / 1e3 / read.size(), read.size(),
                    (t3 - t2) / 1e3 / done.size(), done.size()));
        }
        System.out.println("(" + bucket + ", checksum " + sink + ")");
    }
}
