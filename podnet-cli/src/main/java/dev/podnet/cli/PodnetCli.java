package dev.podnet.cli;

import dev.podnet.api.version.KopsVersion;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code podnet} command line. Exit codes: 0 ok, 1 invalid input (and every {@link dev.podnet.api.PodnetException}),
 * 2 usage error.
 */
@Command(name = "podnet", mixinStandardHelpOptions = true, version = "podnet 0.1.0",
        description = "kops' pod-networking rules on the JVM: complete, validate and render a cluster's networking.")
public final class PodnetCli implements Runnable {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    /** The subcommands, in the order the usage help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(CompleteCommand.class, RenderCommand.class,
            ChannelCommand.class, ValidateCommand.class, CreateCommand.class, ProvidersCommand.class,
            ReleasesCommand.class, ExplainCommand.class, SchemaCommand.class, LintCommand.class, DiffCommand.class,
            MigrateCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PodnetCli() {
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /**
     * The {@code podnet} command: runs {@link #run} on the process's streams, written in UTF-8, and
     * exits the JVM with its exit code.
     *
     * @param args the command line, e.g. {@code render --kops-version 1.30 cluster.yaml}
     */
    public static void main(String[] args) {
        // UTF-8 whatever the locale or file.encoding: a manifest's bytes (and its manifestHash) must not
        // depend on the machine that prints it.
        System.exit(run(args, utf8(System.out), utf8(System.err), System.in));
    }

    private static PrintWriter utf8(java.io.OutputStream to) {
        return new PrintWriter(new java.io.OutputStreamWriter(to, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /**
     * Runs the CLI with the given streams, without exiting the JVM (for tests and embedding). Failures
     * are reported as one line on {@code err}, never as a stack trace.
     *
     * @param args the command line, without the program name
     * @param out where results go (manifests, specs, reports); flushed before returning
     * @param err where errors and usage hints go; flushed before returning
     * @param stdin what a file argument {@code -} reads
     * @return the exit code: 0 ok, 1 invalid input or an internal error, 2 usage error
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.io.InputStream stdin) {
        CommandLine cl = new CommandLine(new PodnetCli(), new Factory(out, err, stdin));
        for (Class<?> command : commandsFor(args)) cl.addSubcommand(command);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("podnet: " + ex.getMessage());
            err.println("Try 'podnet " + (ex.getCommandLine().getCommandName().equals("podnet") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> Failures.report(ex, err));
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | LinkageError e) {
            // Never a stack trace: one line that says what failed.
            err.println("podnet: internal error: " + e);
            code = INVALID;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The subcommands a run needs: only the one named first when there is one (picocli reads the
     * annotations of every command registered and builds its model before parsing), else all of them
     * (usage help, an unknown or misspelt command, which picocli answers by listing them).
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) return List.of(c);
            }
        }
        return COMMANDS;
    }

    static KopsVersion release(String v) {
        if (v == null) return KopsVersion.NEWEST;
        try {
            return KopsVersion.of(v);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--kops-version: " + e.getMessage());
        }
    }

    /** A usage error found after parsing (exit 2). */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) { super(message); }
    }

    /** Gives every command the streams of this run, so that tests can capture them. */
    private record Factory(PrintWriter out, PrintWriter err, java.io.InputStream stdin) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (BaseCommand.class.isAssignableFrom(cls)) {
                K k = CommandLine.defaultFactory().create(cls);
                ((BaseCommand) k).io(out, err, stdin);
                return k;
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
