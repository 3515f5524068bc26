package dev.podnet.cli;

/**
 * The positional parameters of a command, e.g. {@code FILE...}: their label, how many a run needs
 * and may give, and their help.
 *
 * @param label the label in the help and in messages, e.g. {@code FILE}
 * @param min how many a run must give
 * @param max how many a run may give ({@link Integer#MAX_VALUE}: any number)
 * @param description the help text
 */
record Positional(String label, int min, int max, String description) {
    static final int ANY = Integer.MAX_VALUE;

    /** How usage lines show them: {@code FILE}, {@code [FILE]} or {@code FILE...}. */
    String synopsis() {
        String one = max == ANY ? label + "..." : label;
        return min == 0 ? "[" + one + "]" : one;
    }
}
