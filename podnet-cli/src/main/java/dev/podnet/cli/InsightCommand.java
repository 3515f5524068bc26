package dev.podnet.cli;

import dev.podnet.api.yaml.ClusterDocuments;

/**
 * A command that reads one cluster file and prints a report for people ({@code -o text}) or tools
 * ({@code -o json}): the FILE parameter, the {@code -o} option and the reading of the input are
 * shared here ({@code diff}, {@code migrate}).
 */
abstract class InsightCommand extends BaseCommand {
    static final Positional FILE = new Positional("FILE", 1, 1, "kops Cluster YAML, or - for stdin");
    static final OptionSpec OUTPUT = OptionSpec.value("--output", "text|json", "text for people, json for tools")
            .withShortName("-o").withDefault("text");

    String file;
    String output;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        file = args.positionals().get(0);
        output = args.value(OUTPUT);
    }

    /** True for {@code -o json}, false for {@code -o text}; a usage error otherwise. */
    boolean json() { return Output.json(output); }

    /**
     * Reads FILE; null (after printing the findings) when it is unreadable or the reader finds
     * errors in it. Validation is the report's own business: a diff or a plan reports findings.
     */
    ClusterDocuments input() {
        ClusterDocuments docs = load(file);
        if (docs == null) return null;
        if (docs.findings().hasErrors()) {
            print(docs.findings(), err);
            return null;
        }
        return docs;
    }
}
