package dev.podnet.cli;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create", description = "Print the Cluster document `kops create cluster --dry-run -o yaml` would print for networking.")
final class CreateCommand extends BaseCommand {
    @Option(names = "--networking", paramLabel = "NAME", description = "provider name as kops accepts it (default: the release's default)")
    String networking;

    @Option(names = "--kubernetes-version", paramLabel = "K")
    String kubernetesVersion;

    @Option(names = "--cloud", paramLabel = "C", defaultValue = "aws")
    String cloud;

    @Option(names = "--zones", paramLabel = "Z", split = ",")
    List<String> zones;

    @Option(names = "--topology", paramLabel = "public|private", defaultValue = "public")
    String topology;

    @Option(names = "--ipv6")
    boolean ipv6;

    @Option(names = "--name", paramLabel = "N", defaultValue = "example.k8s.local")
    String name;

    @Override
    public Integer call() {
        if (!topology.equals("public") && !topology.equals("private")) {
            throw new PodnetCli.UsageError("--topology: expected public or private, got \"" + topology + "\"");
        }
        CreateOptions.Builder o = CreateOptions.builder().name(name).cloud(Cloud.of(cloud)).topology(topology).ipv6(ipv6);
        if (networking != null) o.networking(networking);
        if (kubernetesVersion != null) o.kubernetesVersion(kubernetesVersion);
        if (zones != null) o.zones(zones);
        Cluster c;
        try {
            c = podnet().create(o.build());
        } catch (IllegalArgumentException e) {
            err.println("podnet: " + e.getMessage());
            return PodnetCli.INVALID;
        }
        // What podnet itself would refuse is not written out (kops refuses an unknown cloud or an
        // unreadable Kubernetes version too): the findings, exit 1.
        Diagnostics findings = podnet().validate(c, ValidationMode.LENIENT);
        if (findings.hasErrors()) {
            print(findings, err);
            return PodnetCli.INVALID;
        }
        print(Diagnostics.of(findings.warnings()), err);
        out.print(ClusterYaml.write(c));
        return PodnetCli.OK;
    }
}
