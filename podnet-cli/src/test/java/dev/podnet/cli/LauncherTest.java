package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ./podnet} launcher runs the JDK that {@code PODNET_JAVA}, else {@code JAVA_HOME}, else
 * {@code java} on {@code PATH} names, reads its feature version, and makes (once per jar and JDK) and
 * uses the archive that version supports: an AOT cache from JDK 25, a static class-data-sharing archive
 * before. Run on a copy of the launcher beside a placeholder jar, with a stand-in {@code java} that
 * records its arguments and writes the file a training run names, so that the logic is checked
 * whatever JDK runs the tests; the version is read from the release file of the JDK running the
 * tests, or from one naming another version.
 */
class LauncherTest {
    @TempDir
    Path dir;

    private Path repo;
    private Path target;

    @BeforeEach
    void aCheckoutWithABuiltJar() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        target = Files.createDirectories(repo.resolve("podnet-cli").resolve("target"));
        Files.createDirectories(repo.resolve("examples").resolve("clusters"));
        Path launcher = repo.resolve("podnet");
        Files.copy(Path.of("..", "podnet"), launcher);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Files.writeString(target.resolve("podnet.jar"), "", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(target.resolve("podnet.jar"), FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theJdkRunningTheTestsGetsTheArchiveItsVersionSupports() throws Exception {
        Path release = Path.of(System.getProperty("java.home"), "release");
        assertThat(release).as("every JDK since 9 has a release file").isRegularFile();
        Path jdk = fakeJdk("test-jdk", Files.readString(release, StandardCharsets.UTF_8), null);

        Run run = launch(Map.of("PODNET_JAVA", jdk.toString()), "releases");

        String archive = Runtime.version().feature() >= 25 ? "podnet.aot" : "podnet.jsa";
        assertThat(run.code).isZero();
        assertThat(run.last()).contains("-Xmx128m", "=" + target.resolve(archive), "-jar " + target.resolve("podnet.jar"))
                .endsWith("releases");
        assertThat(targetFiles()).containsExactlyInAnyOrder("podnet.jar", archive, archive + ".jdk");
    }

    @ParameterizedTest
    @CsvSource({"17.0.15, podnet.jsa", "21.0.2, podnet.jsa", "24, podnet.jsa", "25.0.3, podnet.aot", "26-ea, podnet.aot"})
    void anAotCacheFromJdk25AStaticArchiveBefore(String version, String archive) throws Exception {
        Path jdk = fakeJdk("jdk", "JAVA_VERSION=\"" + version + "\"\n", null);

        Run first = launch(Map.of("JAVA_HOME", jdk.toString()), "render", "a.yaml");

        boolean aot = archive.equals("podnet.aot");
        String training = String.join("\n", first.calls.subList(0, first.calls.size() - 1));
        if (aot) {
            assertThat(first.calls).hasSize(2);
            assertThat(training).contains("-XX:AOTCacheOutput=" + target.resolve("podnet.aot."))
                    .endsWith("render " + repo.resolve("examples").resolve("clusters"));
            assertThat(first.last()).contains("-XX:AOTCache=" + target.resolve("podnet.aot"));
        } else {
            assertThat(first.calls).hasSize(3);
            assertThat(training).contains("-XX:DumpLoadedClassList=", "-Xshare:dump",
                    "-XX:SharedArchiveFile=" + target.resolve("podnet.jsa."));
            assertThat(first.last()).contains("-XX:SharedArchiveFile=" + target.resolve("podnet.jsa"));
        }
        assertThat(first.last()).contains("-Xmx128m", "-XX:+UseSerialGC").endsWith("render a.yaml");
        assertThat(targetFiles()).as("the archive moved in whole, nothing of the training left")
                .containsExactlyInAnyOrder("podnet.jar", archive, archive + ".jdk");

        Run second = launch(Map.of("JAVA_HOME", jdk.toString()), "render", "a.yaml");
        assertThat(second.calls).as("the archive is made once").hasSize(1);
        assertThat(second.last()).isEqualTo(first.last());
    }

    @Test
    void podnetJavaBeforeJavaHomeBeforePath() throws Exception {
        Path named = fakeJdk("named", "JAVA_VERSION=\"25.0.3\"\n", null);
        Path home = fakeJdk("home", "JAVA_VERSION=\"17.0.15\"\n", null);
        Path onPath = fakeJdk("on-path", "JAVA_VERSION=\"21.0.2\"\n", null);
        String path = onPath.resolve("bin") + File.pathSeparator + System.getenv("PATH");

        Run byName = launch(Map.of("PODNET_JAVA", named.resolve("bin").resolve("java").toString(),
                "JAVA_HOME", home.toString(), "PATH", path), "releases");
        Run byHome = launch(Map.of("JAVA_HOME", home.toString(), "PATH", path), "releases");
        Run byPath = launch(Map.of("PATH", path), "releases");

        assertThat(byName.calls).allMatch(c -> c.startsWith("named "));
        assertThat(byName.last()).contains("podnet.aot");
        assertThat(byHome.calls).allMatch(c -> c.startsWith("home "));
        assertThat(byHome.last()).contains("podnet.jsa");
        assertThat(byPath.calls).allMatch(c -> c.startsWith("on-path "));
        assertThat(byPath.last()).contains("podnet.jsa");
    }

    @Test
    void aJdkWithoutAReleaseFileIsAskedItsVersion() throws Exception {
        Path jdk = fakeJdk("jdk", null, "25");

        Run run = launch(Map.of("PODNET_JAVA", jdk.toString()), "releases");

        assertThat(run.calls.get(0)).contains("-XshowSettings:properties -version");
        assertThat(run.last()).contains("-XX:AOTCache=" + target.resolve("podnet.aot"));
    }

    @Test
    void aNewerJarOrAnotherJdkMakesTheArchiveAgain() throws Exception {
        Path jdk = fakeJdk("jdk", "JAVA_VERSION=\"25.0.3\"\n", null);
        Path other = fakeJdk("other", "JAVA_VERSION=\"25.0.1\"\n", null);
        launch(Map.of("PODNET_JAVA", jdk.toString()), "releases");
        Files.setLastModifiedTime(target.resolve("podnet.aot"), FileTime.from(Instant.now().minusSeconds(120)));

        Run afterBuild = launch(Map.of("PODNET_JAVA", jdk.toString()), "releases");
        Run withOther = launch(Map.of("PODNET_JAVA", other.toString()), "releases");

        assertThat(afterBuild.calls).hasSize(2);
        assertThat(afterBuild.calls.get(0)).contains("-XX:AOTCacheOutput=");
        assertThat(withOther.calls).hasSize(2);
        assertThat(withOther.calls.get(0)).startsWith("other ").contains("-XX:AOTCacheOutput=");
        assertThat(Files.readString(target.resolve("podnet.aot.jdk"), StandardCharsets.UTF_8).trim())
                .isEqualTo(other.resolve("bin").resolve("java").toString());
    }

    @Test
    void aFailedTrainingOnlyCostsTime() throws Exception {
        Path jdk = fakeJdk("jdk", "JAVA_VERSION=\"25.0.3\"\n", null);
        Files.writeString(dir.resolve("fail-training"), "", StandardCharsets.UTF_8);

        Run run = launch(Map.of("PODNET_JAVA", jdk.toString()), "releases");

        assertThat(run.code).isZero();
        assertThat(run.last()).doesNotContain("AOTCache").contains("-Xmx128m").endsWith("-jar "
                + target.resolve("podnet.jar") + " releases");
        assertThat(targetFiles()).containsExactly("podnet.jar");
    }

    /**
     * A stand-in JDK: {@code bin/java} appends its name and arguments to {@code calls.log}, writes the
     * file an AOT training ({@code -XX:AOTCacheOutput}) or a static dump names (failing instead when
     * {@code fail-training} exists), answers {@code -XshowSettings:properties} with {@code askedVersion}.
     */
    private Path fakeJdk(String name, String release, String askedVersion) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path bin = Files.createDirectories(home.resolve("bin"));
        if (release != null) {
            Files.writeString(home.resolve("release"), release, StandardCharsets.UTF_8);
        }
        String script = """
                #!/bin/sh
                echo "NAME $*" >>'LOG'
                for a in "$@"; do
                  case "$a" in
                    -XshowSettings:properties) echo '    java.specification.version = ASKED' >&2; exit 0 ;;
                    -XX:AOTCacheOutput=*|-XX:DumpLoadedClassList=*)
                      [ -f 'FAIL' ] && exit 1
                      echo archive >"${a#*=}" ;;
                    -Xshare:dump) dump=1 ;;
                    -XX:SharedArchiveFile=*) file=${a#*=} ;;
                  esac
                done
                [ -n "${dump:-}" ] && echo archive >"$file"
                exit 0
                """.replace("NAME", name).replace("LOG", dir.resolve("calls.log").toString())
                .replace("FAIL", dir.resolve("fail-training").toString())
                .replace("ASKED", askedVersion == null ? "" : askedVersion);
        Path java = bin.resolve("java");
        Files.writeString(java, script, StandardCharsets.UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home;
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("calls.log"));
        List<String> command = new ArrayList<>(List.of(repo.resolve("podnet").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(new File("/dev/null"));
        pb.environment().remove("PODNET_JAVA");
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        Path log = dir.resolve("calls.log");
        List<String> calls = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        assertThat(calls).as("launcher output: %s", out).isNotEmpty();
        return new Run(code, calls);
    }

    private Set<String> targetFiles() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private record Run(int code, List<String> calls) {
        String last() {
            return calls.get(calls.size() - 1);
        }
    }
}
