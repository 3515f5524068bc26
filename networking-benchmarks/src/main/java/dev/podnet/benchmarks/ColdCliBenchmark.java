package dev.podnet.benchmarks;

import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold command-line render, JVM start included: each invocation forks
 * {@code java <flags of ./podnet> -jar podnet-cli/target/podnet.jar render --kops-version <release> <input>}
 * and waits for it. Run from the repository root after {@code mvn package}, or point
 * {@code -Dpodnet.jar=...} at the jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class ColdCliBenchmark {

    @Param({"v1.30.0/privatecalico"})
    public String kase;

    private Path input;
    private List<String> command;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path jar = Path.of(System.getProperty("podnet.jar", "podnet-cli/target/podnet.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn package first, from the repository root");
        }
        CorpusCase c = Inputs.corpusCase(kase);
        input = Files.createTempFile("podnet-bench", ".yaml");
        Files.writeString(input, Corpus.kops().read(c.input()), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", jar.toString(),
                "render", "--kops-version", c.kopsRelease(), input.toString());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(input);
    }

    @Benchmark
    public int render() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(new File("/dev/null")).start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("podnet render exited with " + rc);
        }
        return rc;
    }
}
