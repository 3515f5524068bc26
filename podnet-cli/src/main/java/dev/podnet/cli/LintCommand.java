package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.insight.lint.Linter;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lint", description = {
        "Validate a spec as kops does, then print podnet's advisory lints (beyond kops; never errors):",
        "MTU above the cloud network's, overlapping ranges, a pod range too small for the subnets' nodes,",
        "options the CNI ignores at the release. Exit 1 only when the spec is invalid."})
final class LintCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "kops Cluster YAML, or - for stdin")
    String file;

    @Override
    public Integer call() {
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Completion done = completeValid(docs);
        if (done == null) return PodnetCli.INVALID;
        printAdvisories(Linter.create().lint(docs.cluster(), done), out);
        return PodnetCli.OK;
    }

    /** One line per advisory, {@code Advisory: <path>: <detail>}, its hint indented below. */
    static void printAdvisories(Diagnostics advisories, PrintWriter to) {
        for (Diagnostic d : advisories) {
            to.println("Advisory: " + d.path() + ": " + d.detail() + d.rule().map(r -> " (" + r + ")").orElse(""));
            d.hint().ifPresent(h -> to.println("    hint: " + h));
        }
    }
}
