package dev.podnet.cli;

import dev.podnet.api.yaml.ClusterDocuments;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command that reads one cluster file and prints a report for people ({@code -o text}) or tools
 * ({@code -o json}): the FILE parameter, the {@code -o} option and the reading of the input are
 * shared here ({@code diff}, {@code migrate}).
 */
abstract class InsightCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "kops Cluster YAML, or - for stdin")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "text|json", defaultValue = "text",
            description = "text for people, json for tools (default: ${DEFAULT-VALUE})")
    String output;

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
