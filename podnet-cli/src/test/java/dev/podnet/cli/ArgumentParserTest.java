package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.cli.CliTest.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's own argument parser: option forms, repeats, positionals and its usage errors. */
class ArgumentParserTest {
    private static final OptionSpec FLAG = OptionSpec.flag("--flag", "a flag");
    private static final OptionSpec ONE = OptionSpec.value("--one", "V", "one value").withDefault("d");
    private static final OptionSpec OUT = OptionSpec.value("--output", "X", "short form too").withShortName("-o");
    private static final OptionSpec MANY = OptionSpec.repeated("--many", "M", "repeatable");
    private static final OptionSpec SPLIT = OptionSpec.repeated("--zones", "Z", "comma lists").splitAtCommas();
    private static final OptionSpec NEEDED = OptionSpec.value("--needed", "N", "required").asRequired();
    private static final CommandSpec CMD = new CommandSpec("cmd", List.of("A command."),
            new Positional("FILE", 1, Positional.ANY, "files"), List.of(FLAG, ONE, OUT, MANY, SPLIT));

    private static Arguments parse(CommandSpec spec, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = spec.name();
        System.arraycopy(args, 0, all, 1, args.length);
        return ArgumentParser.parse(spec, all, 1);
    }

    private static String error(CommandSpec spec, String... args) {
        try {
            parse(spec, args);
        } catch (ArgumentError e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + List.of(args));
    }

    @Test
    void optionsTakeTheirValuesInEveryFormAndPositionalsKeepTheirOrder() {
        Arguments a = parse(CMD, "a.yaml", "--flag", "--one=x", "-ojson", "--many", "m1", "-", "--many", "m2",
                "--zones", "z1,z2", "--zones", "z3");
        assertThat(a.flag(FLAG)).isTrue();
        assertThat(a.value(ONE)).isEqualTo("x");
        assertThat(a.value(OUT)).isEqualTo("json");
        assertThat(a.values(MANY)).containsExactly("m1", "m2");
        assertThat(a.values(SPLIT)).containsExactly("z1", "z2", "z3");
        assertThat(a.positionals()).containsExactly("a.yaml", "-");
        assertThat(parse(CMD, "-o", "text", "f").value(OUT)).isEqualTo("text");
        assertThat(parse(CMD, "-o=text", "f").value(OUT)).isEqualTo("text");
        assertThat(parse(CMD, "--output", "-", "f").value(OUT)).isEqualTo("-");
    }

    @Test
    void absentOptionsGiveTheirDefaultsAndDoubleDashEndsOptions() {
        Arguments a = parse(CMD, "--", "--flag", "-o");
        assertThat(a.flag(FLAG)).isFalse();
        assertThat(a.value(ONE)).isEqualTo("d");
        assertThat(a.value(OUT)).isNull();
        assertThat(a.values(MANY)).isEmpty();
        assertThat(a.positionals()).containsExactly("--flag", "-o");
    }

    @Test
    void usageErrorsSayWhatDoesNotFit() {
        assertThat(error(CMD, "--bogus", "f")).isEqualTo("Unknown option: '--bogus'");
        assertThat(error(CMD, "f", "--one")).isEqualTo("Missing required parameter for option '--one' (V)");
        assertThat(error(CMD, "--one", "--flag", "f")).isEqualTo("Expected parameter for option '--one' but found '--flag'");
        assertThat(error(CMD, "--one", "a", "--one", "b", "f")).isEqualTo("option '--one' (V) should be specified only once");
        assertThat(error(CMD, "--flag=true", "f")).isEqualTo("option '--flag' takes no value, got '--flag=true'");
        assertThat(error(CMD)).isEqualTo("Missing required parameter: 'FILE'");
        CommandSpec one = new CommandSpec("one", List.of("One file."), new Positional("FILE", 1, 1, "a file"), List.of(NEEDED));
        assertThat(error(one, "--needed", "n", "a", "b")).isEqualTo("Unmatched argument at index 4: 'b'");
        assertThat(error(one, "--needed", "n", "a", "b", "c")).isEqualTo("Unmatched arguments from index 4: 'b', 'c'");
        assertThat(error(one, "a")).isEqualTo("Missing required option: '--needed=N'");
        assertThat(error(one)).isEqualTo("Missing required options and parameters: '--needed=N', 'FILE'");
        assertThatThrownBy(() -> parse(one)).isInstanceOfSatisfying(ArgumentError.class, e -> {
            java.io.StringWriter err = new java.io.StringWriter();
            assertThat(e.report(new java.io.PrintWriter(err, true))).isEqualTo(2);
            assertThat(err.toString()).endsWith("Try 'podnet one --help'." + System.lineSeparator());
        });
    }

    @Test
    void helpIsAnsweredWithoutCheckingWhatIsRequired() {
        assertThat(parse(CMD, "--help").help()).isTrue();
        assertThat(parse(CMD, "-h").help()).isTrue();
        Run r = CliTest.run("diff", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: podnet diff [-h] [--kops-version=V] --from=V --to=V [--output=text|json]")
                .contains("  -o, --output=text|json", "text for people, json for tools (default: text)", "--patch=PATCHES");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void everyCommandHasHelp() {
        for (String name : Commands.NAMES) {
            Run r = CliTest.run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: podnet " + name + " [-h]");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void usageHelpListsEveryCommandAndTheVersionIsPrinted() {
        Run r = CliTest.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: podnet [-hV] [COMMAND]\n").contains("complete", "render", "channel",
                "validate", "create", "providers", "releases", "explain", "schema", "lint", "diff", "migrate");
        assertThat(CliTest.run("-V").out()).isEqualTo("podnet 0.1.0\n");
        assertThat(CliTest.run("--version").code()).isZero();
    }

    @Test
    void commandLineUsageErrorsAreExitTwoWithAHint() {
        Run none = CliTest.run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("podnet: missing command\nTry 'podnet --help'.\n");
        Run bogus = CliTest.run("--bogus");
        assertThat(bogus.code()).isEqualTo(2);
        assertThat(bogus.err()).isEqualTo("podnet: Unknown option: '--bogus'\nTry 'podnet --help'.\n");
        Run style = CliTest.run("render", "--style");
        assertThat(style.code()).isEqualTo(2);
        assertThat(style.err()).isEqualTo("podnet: Missing required parameter for option '--style' (kops|clean)\n"
                + "Try 'podnet render --help'.\n");
        Run migrate = CliTest.run("migrate");
        assertThat(migrate.err()).startsWith("podnet: Missing required options and parameters: '--to=PROVIDER', 'FILE'\n");
    }
}
