package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
