package dev.podnet.cli;

import java.io.PrintWriter;

/**
 * What a command's failure prints and which exit code it gives: one line (never a stack trace)
 * {@code podnet: <message>}; exit 2 for a usage problem, exit 1 for a request podnet refuses
 * ({@link dev.podnet.api.PodnetException}: invalid spec, release mismatch, …) or any other failure.
 */
final class Failures {
    private Failures() {
    }

    static int report(Exception failure, PrintWriter err) {
        err.println("podnet: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
        return failure instanceof PodnetCli.UsageError ? PodnetCli.USAGE : PodnetCli.INVALID;
    }
}
