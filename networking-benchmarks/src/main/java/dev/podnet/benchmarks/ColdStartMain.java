package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.yaml.ClusterYaml;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The first use of podnet in a new JVM, phase by phase, in CPU time of the calling thread as well as
 * wall time (on a shared machine wall time counts other processes' turns; CPU time far less):
 * opening the facade, reading, completing, validating and rendering the Calico example
 * ({@link ColdStartBenchmark#CALICO}), then the same again (warm JIT not yet, but everything loaded).
 * Prints {@code phase wall_ms cpu_ms} lines and the JVM's uptime at the first call (its own start).
 * Usage: {@code ColdStartMain [release]} (default 1.33.1); run it in a fresh JVM each time, e.g.
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp networking-benchmarks/target/benchmarks.jar dev.podnet.benchmarks.ColdStartMain}.
 */
public final class ColdStartMain {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final StringBuilder out = new StringBuilder();
    private long wall;
    private long cpu;

    private ColdStartMain() {
        wall = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        String release = args.length > 0 ? args[0] : "1.33.1";
        ColdStartMain t = new ColdStartMain();
        Podnet podnet = Podnet.forRelease(release);
        t.mark("forRelease");
        Cluster cluster = ClusterYaml.read(ColdStartBenchmark.CALICO);
        t.mark("read");
        Completion done = podnet.complete(cluster);
        t.mark("complete");
        Diagnostics findings = podnet.validate(done);
        t.mark("validate");
        RenderResult rendered = podnet.render(done);
        t.mark("render");
        Podnet again = Podnet.forRelease(release);
        Completion second = again.complete(ClusterYaml.read(ColdStartBenchmark.CALICO));
        again.validate(second);
        again.render(second);
        t.mark("second_facade_all");
        System.out.print(t.out);
        System.out.printf(Locale.ROOT, "jvm_uptime_at_first_call_ms %d%nfindings %d bytes %d%n", uptime,
                findings.all().size(), rendered.addons().get(0).yaml().length());
    }

    private void mark(String phase) {
        long w = System.nanoTime();
        long c = threads.getCurrentThreadCpuTime();
        out.append(String.format(Locale.ROOT, "%s %.1f %.1f%n", phase, (w - wall) / 1e6, (c - cpu) / 1e6));
        wall = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
    }
}
