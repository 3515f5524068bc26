package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.insight.lint.Linter;
import java.io.PrintWriter;
import java.util.List;

/** {@code podnet lint}: kops' validation, then podnet's advisory lints. */
final class LintCommand extends BaseCommand {
    static final CommandSpec SPEC = new CommandSpec("lint", List.of(
            "Validate a spec as kops does, then print podnet's advisory lints (beyond kops; never errors):"
                    + " MTU above the cloud network's, overlapping ranges, a pod range too small for the subnets' nodes,"
                    + " options the CNI ignores at the release. Exit 1 only when the spec is invalid."),
            InsightCommand.FILE, List.of(KOPS_VERSION));

    @Override
    CommandSpec spec() { return SPEC; }

    private String file;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        file = args.positionals().get(0);
    }

    @Override
    int call() {
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
