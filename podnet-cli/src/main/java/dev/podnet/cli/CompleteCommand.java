package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "complete", description = "Print the completed Cluster document (v1alpha2), as kops would fill it in.")
final class CompleteCommand extends FileCommand {
    @Option(names = "--explain", description = "also print each default applied, and why, on stderr")
    boolean explain;

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
