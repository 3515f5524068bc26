package dev.podnet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts, for {@link ArgumentParser} and {@link Usage}: its name, its description
 * (the first line is its summary in {@code podnet --help}), its options ({@code -h}/{@code --help}
 * included) and its positional parameters, if any.
 */
final class CommandSpec {
    /** Every command's {@code -h}/{@code --help}. */
    static final OptionSpec HELP = OptionSpec.flag("--help", "Show this help message and exit.").withShortName("-h");

    private final String name;
    private final List<String> description;
    private final Positional positional;
    private final List<OptionSpec> options;

    /**
     * @param name the command's name, e.g. {@code render}
     * @param description the help's lines, the summary first
     * @param positional the positional parameters, or null when the command takes none
     * @param options the options, in the order the help lists them ({@link #HELP} is added)
     */
    CommandSpec(String name, List<String> description, Positional positional, List<OptionSpec> options) {
        this.name = name;
        this.description = List.copyOf(description);
        this.positional = positional;
        List<OptionSpec> all = new ArrayList<>(options.size() + 1);
        all.add(HELP);
        all.addAll(options);
        this.options = List.copyOf(all);
    }

    String name() { return name; }

    List<String> description() { return description; }

    /** The positional parameters, or null when the command takes none. */
    Positional positional() { return positional; }

    List<OptionSpec> options() { return options; }

    /** The option one of whose names is {@code name}, or null. */
    OptionSpec option(String name) {
        for (OptionSpec o : options) {
            if (o.names().contains(name)) return o;
        }
        return null;
    }
}
