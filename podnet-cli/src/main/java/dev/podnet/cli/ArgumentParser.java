package dev.podnet.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a command's arguments against its {@link CommandSpec}. Options may come anywhere before
 * {@code --} (after it everything is positional); a value follows its option ({@code --style clean})
 * or is attached ({@code --style=clean}, {@code -ojson}, {@code -o=json}); {@code -} alone is a
 * positional (stdin). The messages keep the wording the command line has always used.
 */
final class ArgumentParser {
    private final CommandSpec spec;
    private final String[] args;
    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private final List<Integer> positionIndexes = new ArrayList<>();

    private ArgumentParser(CommandSpec spec, String[] args) {
        this.spec = spec;
        this.args = args;
    }

    /**
     * Reads {@code args} from index {@code from} on (indexes in messages count from the start of
     * {@code args}). Required options and parameters are not checked when help is asked for.
     *
     * @throws ArgumentError when the arguments do not fit the command
     */
    static Arguments parse(CommandSpec spec, String[] args, int from) {
        ArgumentParser p = new ArgumentParser(spec, args);
        p.read(from);
        Arguments read = new Arguments(p.values, p.positionals);
        if (!read.help()) p.check();
        return read;
    }

    private void read(int from) {
        boolean optionsEnded = false;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && a.length() > 1 && a.charAt(0) == '-') {
                i = option(i);
            } else {
                positionals.add(a);
                positionIndexes.add(i);
            }
        }
    }

    /** Reads the option at {@code i} and its value; returns the index of the last argument used. */
    private int option(int i) {
        String a = args[i];
        String name = a;
        String attached = null;
        int eq = a.indexOf('=');
        if (eq > 0) {
            name = a.substring(0, eq);
            attached = a.substring(eq + 1);
        }
        OptionSpec o = spec.option(name);
        if (o == null && !a.startsWith("--") && a.length() > 2) {
            // a short option with its value attached: -ojson
            OptionSpec s = spec.option(a.substring(0, 2));
            if (s != null && s.takesValue()) {
                o = s;
                attached = a.substring(2);
            }
        }
        if (o == null) throw error("Unknown option: '" + a + "'");
        if (!o.takesValue()) {
            if (attached != null) throw error("option '" + o.name() + "' takes no value, got '" + a + "'");
            once(o, "");
            return i;
        }
        if (attached != null) {
            give(o, attached);
            return i;
        }
        if (i + 1 >= args.length) {
            throw error("Missing required parameter for option '" + o.name() + "' (" + o.label() + ")");
        }
        String next = args[i + 1];
        if (isOptionName(next)) throw error("Expected parameter for option '" + o.name() + "' but found '" + next + "'");
        give(o, next);
        return i + 1;
    }

    private boolean isOptionName(String arg) {
        int eq = arg.indexOf('=');
        return spec.option(eq > 0 ? arg.substring(0, eq) : arg) != null;
    }

    private void give(OptionSpec o, String value) {
        if (!o.repeats()) {
            once(o, value);
            return;
        }
        List<String> to = values.get(o.name());
        if (to == null) {
            to = new ArrayList<>();
            values.put(o.name(), to);
        }
        if (o.kind() == OptionSpec.Kind.REPEATED_SPLIT) {
            for (String v : value.split(",")) to.add(v);
        } else {
            to.add(value);
        }
    }

    private void once(OptionSpec o, String value) {
        if (values.containsKey(o.name())) {
            throw error("option '" + o.name() + "'" + (o.label() == null ? "" : " (" + o.label() + ")")
                    + " should be specified only once");
        }
        values.put(o.name(), List.of(value));
    }

    /** Extra positionals first, then what is required and missing, all in one message. */
    private void check() {
        Positional p = spec.positional();
        int max = p == null ? 0 : p.max();
        if (positionals.size() > max) {
            List<String> extra = positionals.subList(max, positionals.size());
            int at = positionIndexes.get(max);
            throw error(extra.size() == 1 ? "Unmatched argument at index " + at + ": " + quoted(extra)
                    : "Unmatched arguments from index " + at + ": " + quoted(extra));
        }
        List<String> missing = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.required() && !values.containsKey(o.name())) missing.add(o.synopsis());
        }
        boolean parameterMissing = p != null && positionals.size() < p.min();
        if (parameterMissing) missing.add(p.label());
        if (missing.isEmpty()) return;
        String what = parameterMissing ? (missing.size() == 1 ? "parameter" : "options and parameters")
                : (missing.size() == 1 ? "option" : "options");
        throw error("Missing required " + what + ": " + quoted(missing));
    }

    private static String quoted(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String s : items) b.append(b.length() == 0 ? "" : ", ").append('\'').append(s).append('\'');
        return b.toString();
    }

    private ArgumentError error(String message) { return new ArgumentError(spec.name(), message); }
}
