package dev.podnet.cli;

import java.util.List;
import java.util.Map;

/**
 * A command's arguments as {@link ArgumentParser} read them: the values given for each option (keyed by
 * its long name, so that no record's generated {@code hashCode} runs at start-up), and the positionals.
 */
final class Arguments {
    private final Map<String, List<String>> values;
    private final List<String> positionals;

    Arguments(Map<String, List<String>> values, List<String> positionals) {
        this.values = Map.copyOf(values);
        this.positionals = List.copyOf(positionals);
    }

    /** True when {@code -h} or {@code --help} was given. */
    boolean help() { return flag(CommandSpec.HELP); }

    /** Whether the flag was given. */
    boolean flag(OptionSpec option) { return values.containsKey(option.name()); }

    /** The option's value, else its default (null when it has none). */
    String value(OptionSpec option) {
        List<String> v = values.get(option.name());
        return v == null ? option.defaultValue() : v.get(0);
    }

    /** The values of a repeated option, in the order given (empty when absent). */
    List<String> values(OptionSpec option) {
        List<String> v = values.get(option.name());
        return v == null ? List.of() : v;
    }

    /** The positional parameters, in order. */
    List<String> positionals() { return positionals; }
}
