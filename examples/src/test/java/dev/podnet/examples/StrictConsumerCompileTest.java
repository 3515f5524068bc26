package dev.podnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles with {@code -Xlint:all -Werror} against podnet's jars (without
 * Immutables, which podnet needs only to build) gets no warning from podnet's types, on the class
 * path and as a named module on the module path.
 */
class StrictConsumerCompileTest {
    private static final String CONSUMER = """
            package consumer;

            import dev.podnet.api.Cloud;
            import dev.podnet.api.Cluster;
            import dev.podnet.Completion;
            import dev.podnet.api.Networking;
            import dev.podnet.Podnet;
            import dev.podnet.api.diag.Diagnostic;
            import dev.podnet.api.diag.Diagnostics;
            import dev.podnet.api.provider.CalicoSpec;
            import dev.podnet.api.provider.CiliumSpec;
            import dev.podnet.api.render.RenderResult;
            import dev.podnet.api.render.RenderedAddon;
            import dev.podnet.api.yaml.ClusterYaml;
            import java.util.List;

            public final class Consumer {
                private Consumer() {
                }

                public static List<String> run() {
                    Podnet podnet = Podnet.forRelease("1.30");
                    Cluster cluster = Cluster.builder().name("dev.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                            .networking(Networking.of(CalicoSpec.builder().mtu(8981).build())).build();
                    CiliumSpec cilium = CiliumSpec.builder().build();
                    Completion done = podnet.complete(cluster);
                    Diagnostics findings = podnet.validate(done);
                    RenderResult out = podnet.render(done);
                    RenderedAddon addon = out.addons().get(0);
                    return List.of(ClusterYaml.write(done.cluster()), addon.yaml(), String.valueOf(findings.all().stream()
                            .map(Diagnostic::line).toList()), String.valueOf(cilium));
                }
            }
            """;

    @Test
    void onTheClassPath(@TempDir Path dir) throws IOException {
        Path source = write(dir, "consumer/Consumer.java", CONSUMER);
        assertThat(compile(dir, List.of("-classpath", PodnetJars.join(PodnetJars.library())), List.of(source))).isEmpty();
    }

    @Test
    void asANamedModule(@TempDir Path dir) throws IOException {
        Path source = write(dir, "consumer/Consumer.java", CONSUMER);
        Path module = write(dir, "module-info.java", "module consumer { requires dev.podnet.api; exports consumer; }\n");
        assertThat(compile(dir, List.of("--module-path", PodnetJars.join(PodnetJars.library())), List.of(module, source))).isEmpty();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The compiler's output (warnings and errors); empty when it compiled cleanly. */
    private static String compile(Path dir, List<String> path, List<Path> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                "-d", dir.resolve("out").toString()));
        args.addAll(path);
        sources.forEach(s -> args.add(s.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = javac.run(null, out, out, args.toArray(String[]::new));
        String messages = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as("javac exit code, output:%n%s", messages).isZero();
        return messages;
    }
}
