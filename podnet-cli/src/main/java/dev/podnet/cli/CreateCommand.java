package dev.podnet.cli;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.List;

/** {@code podnet create}: the Cluster document {@code kops create cluster} would make, for networking. */
final class CreateCommand extends BaseCommand {
    static final OptionSpec NETWORKING = OptionSpec.value("--networking", "NAME",
            "provider name as kops accepts it (default: the release's default)");
    static final OptionSpec KUBERNETES_VERSION = OptionSpec.value("--kubernetes-version", "K",
            "Kubernetes version (default: the release's)");
    static final OptionSpec CLOUD = OptionSpec.value("--cloud", "C", "cloud provider").withDefault("aws");
    static final OptionSpec ZONES = OptionSpec.repeated("--zones", "Z", "zones, comma-separated or repeated").splitAtCommas();
    static final OptionSpec TOPOLOGY = OptionSpec.value("--topology", "public|private", "subnet topology").withDefault("public");
    static final OptionSpec IPV6 = OptionSpec.flag("--ipv6", "an IPv6 cluster");
    static final OptionSpec NAME = OptionSpec.value("--name", "N", "cluster name").withDefault("example.k8s.local");
    static final OptionSpec PROJECT = OptionSpec.value("--project", "P", "GCE project (spec.project; kops needs one on GCE)");
    static final CommandSpec SPEC = new CommandSpec("create", List.of(
                "Print the Cluster document `kops create cluster --dry-run -o yaml` would print for networking."),
            null, List.of(KOPS_VERSION, NETWORKING, KUBERNETES_VERSION, CLOUD, ZONES, TOPOLOGY, IPV6, NAME, PROJECT));

    @Override
    CommandSpec spec() { return SPEC; }

    private String networking;
    private String kubernetesVersion;
    private String cloud;
    private List<String> zones;
    private String topology;
    private boolean ipv6;
    private String name;
    private String project;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        networking = args.value(NETWORKING);
        kubernetesVersion = args.value(KUBERNETES_VERSION);
        cloud = args.value(CLOUD);
        zones = args.flag(ZONES) ? args.values(ZONES) : null;
        topology = args.value(TOPOLOGY);
        ipv6 = args.flag(IPV6);
        name = args.value(NAME);
        project = args.value(PROJECT);
    }

    @Override
    int call() {
        if (!topology.equals("public") && !topology.equals("private")) {
            throw new PodnetCli.UsageError("--topology: expected public or private, got \"" + topology + "\"");
        }
        CreateOptions.Builder o = CreateOptions.builder().name(name).cloud(Cloud.of(cloud)).topology(topology).ipv6(ipv6);
        if (networking != null) o.networking(networking);
        if (kubernetesVersion != null) o.kubernetesVersion(kubernetesVersion);
        if (zones != null) o.zones(zones);
        if (project != null) o.project(project);
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
