package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.List;

/** {@code podnet complete}: the completed Cluster document. */
final class CompleteCommand extends FileCommand {
    static final OptionSpec EXPLAIN = OptionSpec.flag("--explain", "also print each default applied, and why, on stderr");
    static final CommandSpec SPEC = new CommandSpec("complete", List.of(
                "Print the completed Cluster document (v1alpha2), as kops would fill it in."),
            FILES, List.of(KOPS_VERSION, EXPLAIN, JOBS));

    @Override
    CommandSpec spec() { return SPEC; }

    private boolean explain;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        explain = args.flag(EXPLAIN);
    }

    @Override
    int one(String file) {
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Completion done = completeValid(docs);
        if (done == null) return PodnetCli.INVALID;
        out.print(ClusterYaml.write(done.cluster()));
        if (explain) done.applied().forEach(a -> err.println(a.line()));
        return PodnetCli.OK;
    }
}
