package dev.podnet.cli;

/** The {@code -o text|json} option of the insight commands. */
final class Output {
    private Output() {
    }

    /** True for {@code json}, false for {@code text}; a usage error otherwise. */
    static boolean json(String output) {
        return switch (output) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new PodnetCli.UsageError("-o: expected text or json, got \"" + output + "\"");
        };
    }
}
