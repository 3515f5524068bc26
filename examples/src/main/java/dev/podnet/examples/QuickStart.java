package dev.podnet.examples;

import static dev.podnet.api.provider.CalicoSpec.EncapsulationMode.VXLAN;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.Networking;
import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.RenderResult;
import java.nio.file.Path;

/**
 * The README's ten lines as a program: read a spec, complete it as kops 1.30 would, validate it,
 * render its manifest; then build a spec in code. Run with a cluster file as the argument, e.g.
 * {@code examples/clusters/calico.yaml}.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * Prints {@link #run}'s report to standard output.
     *
     * @param args optionally the cluster file; {@code examples/clusters/calico.yaml} when none is given
     */
    public static void main(String[] args) {
        System.out.print(run(Path.of(args.length > 0 ? args[0] : "examples/clusters/calico.yaml")));
    }

    /**
     * Reads, completes (kops 1.30), validates and renders the cluster in {@code file}, then builds a
     * Calico cluster in code.
     *
     * @param file a kops Cluster document, e.g. {@code examples/clusters/calico.yaml}
     * @return a short report: the defaults applied, the number of findings, the first addon's path,
     *         size and hash, and the cluster built in code as YAML
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws dev.podnet.api.yaml.ClusterYamlException if the file is not a Cluster document
     * @throws dev.podnet.api.InvalidSpecException if kops 1.30 finds errors in the completed cluster
     */
    public static String run(Path file) {
        Podnet kops130 = Podnet.forRelease(KopsVersion.of("1.30"));            // one release's rules and data
        Cluster cluster = ClusterYaml.read(file);                                // lossless: unknown fields kept
        Completion done = kops130.complete(cluster);                             // value + applied defaults, each explained
        Diagnostics findings = kops130.validate(done);                           // all findings, paths as kops prints them
        RenderResult out = kops130.render(done);                                 // validates first, refuses an invalid spec
        String yaml = out.addons().get(0).yaml();                                // apply-ready; manifestHash(), channelEntry()

        Cluster mine = Cluster.builder().name("dev.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                .networking(Networking.of(CalicoSpec.builder().mtu(8981).encapsulationMode(VXLAN).build()))
                .build();

        StringBuilder r = new StringBuilder();
        done.applied().forEach(a -> r.append("default: ").append(a.line()).append('\n'));
        r.append("findings: ").append(findings.size()).append('\n');
        r.append("manifest: ").append(out.addons().get(0).manifestPath()).append(", ")
                .append(yaml.length()).append(" characters, sha256 ").append(out.addons().get(0).manifestHash()).append('\n');
        r.append("built in code:\n").append(ClusterYaml.write(mine));
        return r.toString();
    }
}
