package dev.podnet.cli;

import java.io.PrintWriter;

/**
 * A command line that does not fit the command (unknown option, missing value, missing or extra
 * parameter, unknown command): exit 2, the message, then where the help is.
 */
final class ArgumentError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String command;

    /**
     * @param command the command whose help the hint names, or null for {@code podnet} itself
     * @param message what does not fit
     */
    ArgumentError(String command, String message) {
        super(message);
        this.command = command;
    }

    /** Prints {@code podnet: <message>} and {@code Try 'podnet [COMMAND ]--help'.}; returns exit code 2. */
    int report(PrintWriter err) {
        err.println("podnet: " + getMessage());
        err.println("Try 'podnet " + (command == null ? "" : command + " ") + "--help'.");
        return PodnetCli.USAGE;
    }
}
