package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Several files, or a directory, in one process: each file's output told apart, the worst exit code. */
class BatchCliTest {
    @TempDir
    Path dir;

    static final String INVALID = CliTest.CALICO.replace("networkCIDR: 172.20.0.0/16", "networkCIDR: 172.20.0.0/99");

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void severalFilesRenderEachAsAloneUnderItsOwnHeader() throws IOException {
        Path a = write("a.yaml", CliTest.CALICO);
        Path b = write("b.yaml", CliTest.CALICO.replace("calico: {}", "cilium: {}"));
        CliTest.Run alone = CliTest.run("render", a.toString());
        CliTest.Run aloneB = CliTest.run("render", b.toString());
        CliTest.Run both = CliTest.run("render", a.toString(), b.toString());

        assertThat(alone.out()).doesNotContain("# podnet:");
        assertThat(both.code()).isZero();
        assertThat(both.out()).isEqualTo("# podnet: " + a + "\n" + alone.out() + "---\n# podnet: " + b + "\n"
                + aloneB.out());
    }

    @Test
    void aDirectoryIsItsYamlFilesByNameAndTheWorstExitCodeWins() throws IOException {
        Path good = write("1-good.yaml", CliTest.CALICO);
        Path bad = write("2-bad.yml", INVALID);
        write("notes.txt", "not a cluster");
        CliTest.Run r = CliTest.run("complete", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("# podnet: " + good + "\n").contains("name: calico.example.com")
                .endsWith("---\n# podnet: " + bad + "\n").doesNotContain("notes.txt");
        assertThat(r.err().lines()).isNotEmpty().allMatch(l -> l.startsWith(bad + ": "));
        assertThat(r.err()).contains("172.20.0.0/99");
    }

    @Test
    void validateSeparatesFilesByTheirHeaderLinesOnly() throws IOException {
        Path good = write("good.yaml", CliTest.CALICO);
        Path bad = write("bad.yaml", INVALID);
        CliTest.Run r = CliTest.run("validate", good.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("# podnet: " + good + "\n# podnet: " + bad + "\n").doesNotContain("---")
                .contains("networkCIDR");
    }

    @Test
    void channelOfSeveralFilesGivesOneListPerFile() throws IOException {
        Path a = write("a.yaml", CliTest.CALICO);
        Path b = write("b.yaml", CliTest.CALICO.replace("calico: {}", "flannel: {}"));
        CliTest.Run r = CliTest.run("channel", a.toString(), b.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out().split("\n---\n")).hasSize(2);
        assertThat(r.out()).contains("networking.projectcalico.org").contains("networking.flannel");
    }

    @Test
    void anEmptyDirectoryIsAnError() {
        CliTest.Run r = CliTest.run("render", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no *.yaml or *.yml file");
    }

    /**
     * A directory of every example cluster, a spec invalid for validation, one that is not YAML and
     * one with a provider kops refuses at the release: the kinds of output a batch interleaves.
     */
    private void mixedDirectory() throws IOException {
        try (var examples = Files.list(Path.of("..", "examples", "clusters"))) {
            for (Path e : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(e, dir.resolve(e.getFileName()));
            }
        }
        write("m-invalid.yaml", INVALID);
        write("n-not-yaml.yaml", "spec: [\n");
        write("o-kopeio.yaml", CliTest.CALICO.replace("calico: {}", "kopeio: {}"));
        write("p-canal.yaml", CliTest.CALICO.replace("calico: {}", "canal: {}"));
    }

    @Test
    void filesDoneAtOnceGiveTheSameOutputAsOneByOne() throws IOException {
        mixedDirectory();
        for (String command : new String[] {"render", "complete", "validate", "channel"}) {
            CliTest.Run oneByOne = CliTest.run(command, "--jobs", "1", dir.toString());
            for (String jobs : new String[] {"2", "3", "16"}) {
                CliTest.Run atOnce = CliTest.run(command, "--jobs", jobs, dir.toString());
                assertThat(atOnce).as(command + " --jobs " + jobs).isEqualTo(oneByOne);
            }
            assertThat(CliTest.run(command, dir.toString())).as(command + " with the default jobs").isEqualTo(oneByOne);
            assertThat(oneByOne.code()).as(command).isEqualTo(1);
            assertThat(oneByOne.err()).as(command).contains("n-not-yaml.yaml: ");
        }
    }

    /** A usage error found in the first file (a bad --style) or before any (a bad release) stops the batch alike. */
    @ParameterizedTest
    @CsvSource({"--style, fancy, '--style: expected kops or clean'", "--kops-version, 0.1, --kops-version"})
    void aUsageErrorStopsABatchDoneAtOnceAsItStopsOneByOne(String option, String value, String message) throws IOException {
        mixedDirectory();
        CliTest.Run oneByOne = CliTest.run("render", option, value, "--jobs", "1", dir.toString());
        CliTest.Run atOnce = CliTest.run("render", option, value, "--jobs", "2", dir.toString());

        assertThat(oneByOne.code()).isEqualTo(2);
        assertThat(atOnce).isEqualTo(oneByOne);
        assertThat(atOnce.err()).contains(message);
    }

    @Test
    void jobsMustBeAWholeNumberFromOne() throws IOException {
        Path a = write("a.yaml", CliTest.CALICO);
        Path b = write("b.yaml", CliTest.CALICO);
        for (String bad : new String[] {"0", "-1", "two", "1.5", ""}) {
            CliTest.Run r = CliTest.run("render", "--jobs", bad, a.toString(), b.toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("--jobs: expected a whole number from 1, got \"" + bad + "\"");
            assertThat(r.out()).as(bad).isEmpty();
            assertThat(CliTest.run("render", "--jobs", bad, a.toString()).code()).as(bad + ", one file").isEqualTo(2);
        }
    }

    @Test
    void patchesApplyAlikeToEveryFileOfABatchDoneAtOnce(@TempDir Path elsewhere) throws IOException {
        Path patches = elsewhere.resolve("patches.yaml");
        Files.writeString(patches, PatchCliTest.PATCHES, StandardCharsets.UTF_8);
        for (int i = 0; i < 6; i++) write("c" + i + ".yaml", CliTest.CALICO);
        for (String command : new String[] {"render", "channel"}) {
            CliTest.Run oneByOne = CliTest.run(command, "--patch", patches.toString(), "--jobs", "1", dir.toString());
            CliTest.Run atOnce = CliTest.run(command, "--patch", patches.toString(), "--jobs", "3", dir.toString());

            assertThat(oneByOne.code()).as(command).isZero();
            assertThat(atOnce).as(command).isEqualTo(oneByOne);
        }
        assertThat(CliTest.run("render", "--patch", patches.toString(), "--jobs", "3", dir.toString()).out())
                .contains("team: net");
    }
}

