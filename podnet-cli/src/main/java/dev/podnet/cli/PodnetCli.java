package dev.podnet.cli;

import dev.podnet.api.version.KopsVersion;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The {@code podnet} command line. Exit codes: 0 ok, 1 invalid input (and every {@link dev.podnet.api.PodnetException}),
 * 2 usage error.
 */
public final class PodnetCli {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private PodnetCli() {
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

    private static PrintWriter utf8(OutputStream to) {
        return new Utf8Output(to);
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
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream stdin) {
        int code;
        try {
            code = dispatch(args, out, err, stdin);
        } catch (ArgumentError e) {
            code = e.report(err);
        } catch (RuntimeException | LinkageError e) {
            // Never a stack trace: one line that says what failed.
            err.println("podnet: internal error: " + e);
            code = INVALID;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int dispatch(String[] args, PrintWriter out, PrintWriter err, InputStream stdin) {
        if (args.length == 0) throw new ArgumentError(null, "missing command");
        String first = args[0];
        switch (first) {
            case "-h", "--help" -> {
                Usage.top(Commands.specs(), out);
                return OK;
            }
            case "-V", "--version" -> {
                out.println(Usage.VERSION);
                return OK;
            }
            default -> {
                // an unknown command or option: handled below
            }
        }
        BaseCommand command = Commands.create(first);
        if (command == null) {
            if (first.length() > 1 && first.charAt(0) == '-') throw new ArgumentError(null, "Unknown option: '" + first + "'");
            throw new ArgumentError(null, "Unmatched argument at index 0: '" + first + "': not a command; the commands are "
                    + String.join(", ", Commands.NAMES));
        }
        Arguments parsed = ArgumentParser.parse(command.spec(), args, 1);
        if (parsed.help()) {
            Usage.command(command.spec(), out);
            return OK;
        }
        command.io(out, err, stdin);
        command.bind(parsed);
        try {
            return command.call();
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
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
}
