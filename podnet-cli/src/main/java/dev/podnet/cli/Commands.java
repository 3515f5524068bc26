package dev.podnet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands by name. A run makes only the command it names: the others' classes are not even
 * loaded (a switch, not a table of constructors), except for {@code podnet --help}.
 */
final class Commands {
    /** The command names, in the order the usage help lists them. */
    static final List<String> NAMES = List.of("complete", "render", "channel", "validate", "create", "providers",
            "releases", "explain", "schema", "lint", "diff", "migrate");

    private Commands() {
    }

    /** A new command of that name, or null when there is none. */
    static BaseCommand create(String name) {
        return switch (name) {
            case "complete" -> new CompleteCommand();
            case "render" -> new RenderCommand();
            case "channel" -> new ChannelCommand();
            case "validate" -> new ValidateCommand();
            case "create" -> new CreateCommand();
            case "providers" -> new ProvidersCommand();
            case "releases" -> new ReleasesCommand();
            case "explain" -> new ExplainCommand();
            case "schema" -> new SchemaCommand();
            case "lint" -> new LintCommand();
            case "diff" -> new DiffCommand();
            case "migrate" -> new MigrateCommand();
            default -> null;
        };
    }

    /** Every command's spec, in the order of {@link #NAMES}. */
    static List<CommandSpec> specs() {
        List<CommandSpec> all = new ArrayList<>(NAMES.size());
        for (String n : NAMES) all.add(create(n).spec());
        return all;
    }
}
