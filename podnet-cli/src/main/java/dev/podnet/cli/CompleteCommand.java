package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "complete", description = "Print the completed Cluster document (v1alpha2), as kops would fill it in.")
final class CompleteCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "kops Cluster YAML, or - for stdin")
    String file;

    @Option(names = "--explain", description = "also print each default applied, and why, on stderr")
    boolean explain;

    @Override
    public Integer call() {
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Completion done = completeValid(docs);
        if (done == null) return PodnetCli.INVALID;
        out.print(ClusterYaml.write(done.cluster()));
        if (explain) done.applied().forEach(a -> err.println(a.line()));
        return PodnetCli.OK;
    }
}
