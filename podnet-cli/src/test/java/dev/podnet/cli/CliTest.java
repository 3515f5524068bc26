package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.yaml.ClusterYaml;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: verbs, output and exit codes (0 ok, 1 invalid input, 2 usage). */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodnetCli.run(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) { return withStdin("", args); }

    static final String CALICO = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: calico.example.com
            spec:
              cloudProvider: aws
              iam: {}
              kubernetesVersion: 1.30.2
              networkCIDR: 172.20.0.0/16
              networking:
                calico: {}
              subnets:
              - cidr: 172.20.32.0/19
                name: us-east-1a
                type: Public
                zone: us-east-1a
            """;

    @Test
    void unknownVerbIsAUsageError() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("podnet: Unmatched argument at index 0: 'frobnicate': not a command; the commands are"
                + " complete, render, channel, validate, create, providers, releases, explain, schema, lint, diff, migrate\n"
                + "Try 'podnet --help'.\n");
    }

    @Test
    void badKopsVersionIsAUsageError() {
        Run r = withStdin(CALICO, "complete", "--kops-version", "banana", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--kops-version").contains("not a version");
    }

    @Test
    void releaseOutsideTheKnownRangeIsAUsageError() {
        Run r = withStdin(CALICO, "complete", "--kops-version", "1.10", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("outside the releases podnet knows");
    }

    @Test
    void theInputIsDecodedAsTheReleaseDecodesIt() {
        // kops-oracle: kubelet.maxPods: "110" refused at decode at every release; v1alpha3 refused before 1.30
        Run typed = withStdin(CALICO + "  kubelet:\n    maxPods: \"110\"\n", "validate", "--kops-version", "1.30", "-");
        assertThat(typed.code()).isEqualTo(1);
        assertThat(typed.err()).contains("spec.kubelet.maxPods").contains("expected an integer (int32), got the string \"110\"");
        String v1alpha3 = CALICO.replace("kops.k8s.io/v1alpha2", "kops.k8s.io/v1alpha3");
        Run early = withStdin(v1alpha3, "validate", "--kops-version", "1.28", "-");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("kops.k8s.io/v1alpha3 is not registered in kops 1.28");
        assertThat(withStdin(v1alpha3, "validate", "--kops-version", "1.30", "-").err()).doesNotContain("not registered");
    }

    @Test
    void missingFileIsInvalidInput() {
        Run r = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void malformedYamlGivesLineAndColumnWithoutAStackTrace() {
        Run r = withStdin("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata: {name: a\n", "validate", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("line ").contains("column ").doesNotContain("at dev.podnet");
    }

    @Test
    void wrongTypeGivesThePath() {
        Run r = withStdin(CALICO.replace("calico: {}", "calico: {mtu: abc}"), "complete", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("spec.networking.calico.mtu: expected an integer, got \"abc\"");
    }

    @Test
    void validateReportsTwoProvidersWithKopsWording() {
        Run r = withStdin(CALICO.replace("calico: {}", "calico: {}\n    cilium: {}"), "validate", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("spec.networking.calico: Forbidden: only one networking option permitted");
    }

    @Test
    void completePrintsAV1alpha2ClusterThatReadsBack() throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, CALICO);
        Run r = run("complete", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("apiVersion: kops.k8s.io/v1alpha2");
        assertThat(ClusterYaml.read(r.out()).name()).isEqualTo("calico.example.com");
    }

    @Test
    void providersListsEveryProvider() {
        Run r = run("providers", "--kops-version", "1.30.0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("calico", "cilium", "kubenet", "amazonvpc", "flannel", "weave", "romana", "lyftvpc",
                "cni", "external", "gce", "kindnet", "kuberouter", "kopeio", "canal");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"calico.yaml", "cilium.yaml", "flannel-udp.yaml", "kubenet.yaml"})
    void everyExampleClusterValidatesAndRenders(String name) {
        // the example specs live in the examples module, beside this one
        String file = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("clusters").resolve(name)
                .toString();
        Run v = run("validate", file);
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        Run r = run("render", file);
        assertThat(r.code()).as(r.err()).isZero();
        if (name.equals("kubenet.yaml")) {
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("kubenet has no manifest");
        } else {
            assertThat(r.out()).contains("kind: DaemonSet");
        }
    }

    @Test
    void channelListsTheNetworkingAddon() {
        Run r = withStdin(CALICO, "channel", "--kops-version", "1.30.0", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("name: networking.projectcalico.org", "id: k8s-1.25",
                "manifest: networking.projectcalico.org/k8s-1.25.yaml", "manifestHash: ", "version: 9.99.0");
        // kops' prune block, after name and before selector, its kinds' keys in kops' order
        assertThat(r.out()).contains("""
                  name: networking.projectcalico.org
                  prune:
                    kinds:
                    - kind: ConfigMap
                      labelSelector: addon.kops.k8s.io/name=networking.projectcalico.org,app.kubernetes.io/managed-by=kops
                      namespaces:
                      - kube-system
                    - kind: Service
                """).contains("""
                    - group: apps
                      kind: DaemonSet
                """);
        assertThat(r.out().indexOf("prune:")).isLessThan(r.out().indexOf("selector:"));
    }

    @Test
    void createWithoutZonesGivesKopsError() {
        Run r = run("create", "--networking", "calico");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("must specify at least one zone");
    }

    @Test
    void createMapsKubeRouterWithItsSideEffect() {
        Run r = run("create", "--networking", "kube-router", "--zones", "us-east-1a", "--kops-version", "1.30");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("kuberouter: {}", "kubeProxy:\n    enabled: false");
    }

    @Test
    void renderNodeConfigForKubenet() throws Exception {
        Path f = dir.resolve("k.yaml");
        Files.writeString(f, CALICO.replace("calico: {}", "kubenet: {}"));
        Run r = run("render", "--node-config", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("/etc/containerd/config-cni.template").doesNotContain("&id");
    }

    @Test
    void aRefusedRequestIsExitOneWithItsMessageAndNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = Failures.report(new dev.podnet.api.InvalidSpecException("cluster a is not valid; fix these first",
                dev.podnet.api.diag.Diagnostics.none()), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("podnet: cluster a is not valid; fix these first" + System.lineSeparator());
        assertThat(Failures.report(new dev.podnet.api.PodnetException("refused"), new PrintWriter(new StringWriter()))).isEqualTo(1);
        assertThat(Failures.report(new PodnetCli.UsageError("--style: bad"), new PrintWriter(new StringWriter()))).isEqualTo(2);
    }

    @Test
    void anInvalidSpecIsExitOneWithTheFieldPath() {
        Run r = withStdin(CALICO.replace("calico: {}", "cilium: {ipam: eni}").replace("cloudProvider: aws", "cloudProvider: gce"),
                "render", "--kops-version", "1.30", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("spec.networking.cilium.ipam: Forbidden").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aReleasePodnetDoesNotKnowIsAUsageErrorThatStatesTheRange() {
        Run r = withStdin(CALICO, "render", "--kops-version", "1.38", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("1.18.0 up to the 1.37 line").doesNotContain("Exception");
    }

    @Test
    void releasesListsTheKubernetesVersionsOfEachRelease() {
        Run r = run("releases");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("KOPS", "KUBERNETES").containsPattern("1\\.18\\.0 +>=1\\.9\\.0 <1\\.19\\.0")
                .containsPattern("1\\.30\\.0 +>=1\\.25\\.0 <1\\.31\\.0")
                .containsPattern("1\\.37\\.0-alpha\\.1 +>=1\\.32\\.0 <1\\.38\\.0");
        assertThat(r.out().lines().count()).isEqualTo(1 + 20);
    }

    @Test
    void renderStyleMustBeKnown() {
        Run r = withStdin(CALICO, "render", "--style", "fancy", "-");
        assertThat(r.code()).isEqualTo(2);
    }
}
