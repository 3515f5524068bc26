package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A new JVM's first use of podnet, in-process: one shot per forked JVM, nothing of podnet touched
 * before it (the spec is a constant, so set-up loads no YAML reader either). {@code firstValidate}
 * opens a facade, reads, completes and validates the Calico example ({@code examples/clusters/calico.yaml});
 * {@code firstRender} does the same and renders it, as {@code ./podnet render} does. Every score is
 * podnet's whole cold cost: its class loading, the facts and upstream objects it loads for the one
 * provider and release, the interpreter and the first JIT tiers. The JVM's own start (about
 * {@code java -version}) and the command line's are outside it; {@code ColdCliBenchmark} includes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {

    /** {@code examples/clusters/calico.yaml}. */
    static final String CALICO = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: calico.example.com
            spec:
              cloudProvider: aws
              kubernetesVersion: 1.30.2
              networkCIDR: 172.20.0.0/16
              networking:
                calico:
                  encapsulationMode: vxlan
                  mtu: 8981
                  typhaReplicas: 2
              subnets:
              - cidr: 172.20.32.0/19
                name: us-east-1a
                type: Public
                zone: us-east-1a
            """;

    /** The kops release of the facade. */
    @Param({"1.33.1"})
    public String release;

    @Benchmark
    public Diagnostics firstValidate() {
        Podnet podnet = Podnet.forRelease(release);
        Completion done = podnet.complete(ClusterYaml.read(CALICO));
        return podnet.validate(done);
    }

    @Benchmark
    public RenderResult firstRender() {
        Podnet podnet = Podnet.forRelease(release);
        Completion done = podnet.complete(ClusterYaml.read(CALICO));
        return podnet.render(done);
    }
}
