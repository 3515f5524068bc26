package dev.podnet.cli;

import java.util.List;

/**
 * One option of a command: its names ({@code -o}, {@code --output}), the label of its value in the
 * help ({@code null} for a flag), its help line, how often it may be given, whether it is required
 * and its value when absent.
 *
 * @param names the names, short first; the last one names the option in messages
 * @param label the value's label in the help, e.g. {@code V}; null for a flag
 * @param description the help text
 * @param kind how the option takes values
 * @param required whether a run must give it
 * @param defaultValue the value when absent (null for none)
 */
record OptionSpec(List<String> names, String label, String description, Kind kind, boolean required,
        String defaultValue) {

    /** How an option takes values. */
    enum Kind {
        /** No value: present or not. */
        FLAG,
        /** One value, given at most once. */
        ONE,
        /** A value each time it is given, kept in order. */
        REPEATED,
        /** Like {@link #REPEATED}, each value also split at commas. */
        REPEATED_SPLIT
    }

    static OptionSpec flag(String name, String description) {
        return new OptionSpec(List.of(name), null, description, Kind.FLAG, false, null);
    }

    static OptionSpec value(String name, String label, String description) {
        return new OptionSpec(List.of(name), label, description, Kind.ONE, false, null);
    }

    static OptionSpec repeated(String name, String label, String description) {
        return new OptionSpec(List.of(name), label, description, Kind.REPEATED, false, null);
    }

    /** This option with a short name too, e.g. {@code -o}. */
    OptionSpec withShortName(String shortName) {
        return new OptionSpec(List.of(shortName, name()), label, description, kind, required, defaultValue);
    }

    /** This option as one a run must give. */
    OptionSpec asRequired() {
        return new OptionSpec(names, label, description, kind, true, defaultValue);
    }

    /** This option with a value when absent. */
    OptionSpec withDefault(String value) {
        return new OptionSpec(names, label, description, kind, required, value);
    }

    /** This option's values split at commas, e.g. {@code --zones a,b}. */
    OptionSpec splitAtCommas() {
        return new OptionSpec(names, label, description, Kind.REPEATED_SPLIT, required, defaultValue);
    }

    /** The long name, which messages use. */
    String name() { return names.get(names.size() - 1); }

    boolean takesValue() { return kind != Kind.FLAG; }

    boolean repeats() { return kind == Kind.REPEATED || kind == Kind.REPEATED_SPLIT; }

    /** How usage lines show it: {@code --from=V}, or the bare name of a flag. */
    String synopsis() { return label == null ? name() : name() + "=" + label; }
}
