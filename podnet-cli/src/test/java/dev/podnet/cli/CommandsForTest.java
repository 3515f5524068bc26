package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A run registers only the command it names; usage help and unknown commands still see all of them. */
class CommandsForTest {

    @Test
    void aNamedCommandIsTheOnlyOneRegistered() {
        assertThat(PodnetCli.commandsFor(new String[] {"render", "cluster.yaml"})).containsExactly(RenderCommand.class);
        assertThat(PodnetCli.commandsFor(new String[] {"validate"})).containsExactly(ValidateCommand.class);
    }

    @Test
    void withoutACommandNameEveryCommandIsRegistered() {
        assertThat(PodnetCli.commandsFor(new String[] {})).hasSize(12);
        assertThat(PodnetCli.commandsFor(new String[] {"--help"})).hasSize(12);
        assertThat(PodnetCli.commandsFor(new String[] {"rendr", "cluster.yaml"})).hasSize(12);
    }

    @Test
    void usageHelpStillListsEveryCommand() {
        StringWriter out = new StringWriter();
        int code = PodnetCli.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("complete", "render", "channel", "validate", "create", "providers",
                "releases", "explain", "schema", "lint", "diff", "migrate");
    }
}
