package dev.podnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The example runs on the module path with no extra flag ({@code java --module-path … -m
 * dev.podnet.examples/dev.podnet.examples.QuickStart}): the engines are found through the modules'
 * {@code provides}, resources through their {@code opens}; and a normal run prints nothing on stderr
 * (no log line from podnet or its dependencies).
 */
class ModulePathTest {
    @Test
    void quickStartRunsOnTheModulePathQuietly() throws IOException, InterruptedException {
        Path calico = Path.of(System.getProperty("user.dir")).resolve("clusters/calico.yaml");
        List<Path> modulePath = new ArrayList<>(PodnetJars.library());
        modulePath.add(PodnetJars.examples());
        assertThat(modulePath).hasSize(6);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--module-path", PodnetJars.join(modulePath),
                "-m", "dev.podnet.examples/dev.podnet.examples.QuickStart", calico.toString()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(err, StandardCharsets.UTF_8)).as("stderr").isEmpty();
        assertThat(p.exitValue()).isZero();
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(QuickStart.run(calico));
    }
}
