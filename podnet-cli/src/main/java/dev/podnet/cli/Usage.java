package dev.podnet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The help texts of {@code podnet --help} and {@code podnet COMMAND --help}, wrapped at 80 columns. */
final class Usage {
    static final String VERSION = "podnet 0.1.0";
    private static final int WIDTH = 80;
    /** Where an option's help starts; a longer option name puts its help on the next line. */
    private static final int OPTION_COLUMN = 30;

    private Usage() {
    }

    /** {@code podnet --help}: the synopsis, what podnet is, its own options and every command's summary. */
    static void top(List<CommandSpec> commands, PrintWriter out) {
        out.println("Usage: podnet [-hV] [COMMAND]");
        wrap("kops' pod-networking rules on the JVM: complete, validate and render a cluster's networking.", "", "", out);
        out.println("  -h, --help      Show this help message and exit.");
        out.println("  -V, --version   Print version information and exit.");
        out.println("Commands:");
        int width = 0;
        for (CommandSpec c : commands) width = Math.max(width, c.name().length());
        for (CommandSpec c : commands) {
            String head = "  " + pad(c.name(), width) + "   ";
            wrap(c.description().get(0), head, " ".repeat(head.length() + 2), out);
        }
    }

    /** {@code podnet COMMAND --help}: the synopsis, the description, the parameters and options. */
    static void command(CommandSpec spec, PrintWriter out) {
        List<String> parts = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            String s = o == CommandSpec.HELP ? "-h" : o.synopsis();
            parts.add((o.required() ? s : "[" + s + "]") + (o.repeats() ? "..." : ""));
        }
        if (spec.positional() != null) parts.add(spec.positional().synopsis());
        String head = "Usage: podnet " + spec.name() + " ";
        wrap(String.join(" ", parts), head, " ".repeat(head.length()), out);
        for (String line : spec.description()) wrap(line, "", "", out);
        if (spec.positional() != null) {
            Positional p = spec.positional();
            row("      " + p.label() + (p.max() == Positional.ANY ? "..." : ""), p.description(), out);
        }
        for (OptionSpec o : spec.options()) {
            String names = o.names().size() == 1 ? "      " + o.synopsis() : "  " + o.names().get(0) + ", " + o.synopsis();
            String help = o.defaultValue() == null ? o.description() : o.description() + " (default: " + o.defaultValue() + ")";
            row(names, help, out);
        }
    }

    private static void row(String left, String help, PrintWriter out) {
        if (help == null || help.isEmpty()) {
            out.println(left);
        } else if (left.length() + 2 > OPTION_COLUMN) {
            out.println(left);
            wrap(help, " ".repeat(OPTION_COLUMN), " ".repeat(OPTION_COLUMN), out);
        } else {
            wrap(help, pad(left, OPTION_COLUMN), " ".repeat(OPTION_COLUMN), out);
        }
    }

    /** Prints {@code text} word by word, the first line after {@code first}, the others after {@code rest}. */
    static void wrap(String text, String first, String rest, PrintWriter out) {
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(rest);
                start = line.length();
            }
            if (line.length() > start) line.append(' ');
            line.append(word);
        }
        out.println(line);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
