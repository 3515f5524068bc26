package dev.podnet.cli;

import dev.podnet.Podnet;
import dev.podnet.api.PodnetException;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.insight.diff.UpgradeDiff;
import dev.podnet.insight.diff.UpgradePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", description = "Show what changes for a spec from one kops release to another: defaults, findings, "
        + "the manifests object by object (image bumps first), the node configuration, and whether kops rolls the nodes.")
final class DiffCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "kops Cluster YAML, or - for stdin")
    String file;

    @Option(names = "--from", required = true, paramLabel = "V", description = "the release the cluster runs")
    String from;

    @Option(names = "--to", required = true, paramLabel = "V", description = "the release to compare with")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "text|json", defaultValue = "text",
            description = "text for people, json for tools (default: ${DEFAULT-VALUE})")
    String output;

    @Override
    public Integer call() {
        if (kopsVersion != null) throw new PodnetCli.UsageError("diff takes --from and --to, not --kops-version");
        boolean json = Output.json(output);
        Podnet before = facade("--from", from);
        Podnet after = facade("--to", to);
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        if (docs.findings().hasErrors()) {
            print(docs.findings(), err);
            return PodnetCli.INVALID;
        }
        UpgradeDiff d = UpgradePreview.of(docs.cluster(), before, after);
        out.print(json ? d.toJson() : d.toText());
        return PodnetCli.OK;
    }

    static Podnet facade(String option, String release) {
        try {
            return Podnet.forRelease(release);
        } catch (IllegalArgumentException | PodnetException e) {
            throw new PodnetCli.UsageError(option + ": " + e.getMessage());
        }
    }
}
