package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.corpus.gen.GeneratedSpec;
import dev.podnet.corpus.gen.SpecGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line runs in a 128 MB heap, the heap the {@code ./podnet} launcher gives it: a batch
 * of the examples and of generated specs of every provider and release, rendered by one JVM
 * started with {@code -Xmx128m}.
 */
class SmallHeapCliTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherGivesTheCommandLineA128MbHeap() throws IOException {
        String launcher = Files.readString(Path.of("..", "podnet"), StandardCharsets.UTF_8);
        assertThat(launcher.lines().filter(l -> l.trim().startsWith("flags=")))
                .singleElement().asString().contains("-Xmx128m");
        assertThat(launcher.lines().filter(l -> l.trim().matches("(\\{ )?(exec )?\"\\$java\" .*")))
                .hasSizeGreaterThanOrEqualTo(4).allMatch(l -> l.contains("\"$java\" $flags "));
    }

    @Test
    void aBatchOfEveryProviderRendersIn128Mb() throws IOException, InterruptedException {
        SpecGenerator gen = new SpecGenerator(13L);
        int files = 0;
        for (String release : SpecGenerator.RELEASES) {
            for (String provider : SpecGenerator.providers(release)) {
                for (int i = 0; i < 2; i++) {
                    GeneratedSpec s = gen.generate(release, provider, i);
                    if (s.mutation() != null || !release.equals("v1.33.1")) continue;
                    Files.writeString(dir.resolve(s.id() + ".yaml"), s.yaml(), StandardCharsets.UTF_8);
                    files++;
                }
            }
        }
        try (var examples = Files.list(Path.of("..", "examples", "clusters"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, dir.resolve("example-" + p.getFileName()));
                files++;
            }
        }
        Path errFile = Files.createTempFile("podnet-small-heap", ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), PodnetCli.class.getName(), "render", "--kops-version", "1.33.1",
                dir.toString())).redirectError(errFile.toFile()).redirectInput(new File("/dev/null")).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();

        assertThat(code).as("exit code (1: some generated spec is refused, never a crash)").isBetween(0, 1);
        assertThat(out.lines().filter(l -> l.startsWith("# podnet: "))).hasSize(files);
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        Files.delete(errFile);
        assertThat(out).contains("kind: DaemonSet");
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
    }
}
