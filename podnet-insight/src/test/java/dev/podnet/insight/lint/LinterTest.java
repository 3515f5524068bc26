package dev.podnet.insight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.diag.Severity;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint fires on a spec that has its problem and stays quiet on one that has not; none is ever an error. */
class LinterTest {
    private final Linter linter = Linter.create();

    private static String spec(String cloud, String zone, String networking, String extra) {
        return """
                apiVersion: kops.k8s.io/v1alpha2
                kind: Cluster
                metadata:
                  name: lint.example.com
                spec:
                  cloudProvider: %s
                  kubernetesVersion: 1.30.2
                  networkCIDR: 172.20.0.0/16
                  networking:
                %s
                  subnets:
                  - cidr: 172.20.32.0/19
                    name: %s
                    type: Public
                    zone: %s
                %s""".formatted(cloud, networking.indent(4).stripTrailing(), zone, zone, extra.indent(2).stripTrailing());
    }

    private List<String> rules(String release, String yaml) {
        Diagnostics d = linter.lint(Podnet.forRelease(release), ClusterYaml.read(yaml));
        assertThat(d.all()).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ADVISORY));
        assertThat(d.hasErrors()).isFalse();
        return d.all().stream().map(x -> x.rule().orElseThrow()).toList();
    }

    private static final String CALICO = "calico: {}";

    @Test
    void aDefaultSpecHasNoAdvisory() {
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", CALICO, ""))).isEmpty();
    }

    @Test
    void mtuAboveTheNetworkMinusEncapsulation() {
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "calico: {mtu: 8990}", ""))).containsExactly("lint.mtu-above-network");
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "calico: {mtu: 8981}", ""))).isEmpty();
        // vxlan costs 50 bytes: 8981 is too large there, 8951 fits
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "calico: {mtu: 8981, encapsulationMode: vxlan}", "")))
                .containsExactly("lint.mtu-above-network");
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "calico: {mtu: 8951, encapsulationMode: vxlan}", ""))).isEmpty();
        assertThat(rules("1.30.0", spec("gce", "us-test1-a", "calico: {mtu: 1450}", "")))
                .containsExactly("lint.mtu-above-network");
        Diagnostic d = linter.lint(Podnet.forRelease("1.30.0"), ClusterYaml.read(spec("aws", "us-east-1a", "canal: {mtu: 9000}", "")))
                .all().get(0);
        assertThat(d.path()).isEqualTo("spec.networking.canal.mtu");
        assertThat(d.detail()).contains("8951").contains("vxlan");
        assertThat(d.hint()).contains("set mtu to 8951 or less");
    }

    @Test
    void rangesOverlappingEachOtherOrTheNetwork() {
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", CALICO, "podCIDR: 100.96.0.0/11\nserviceClusterIPRange: 100.96.0.0/13")))
                .contains("lint.pod-service-overlap");
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", CALICO, "podCIDR: 172.20.128.0/17")))
                .contains("lint.pod-range-in-network");
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", CALICO, "serviceClusterIPRange: 172.20.192.0/18")))
                .contains("lint.service-range-in-network");
        // the VPC CNI gives pods VPC addresses by design
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "amazonvpc: {}", "podCIDR: 172.20.128.0/17")))
                .doesNotContain("lint.pod-range-in-network");
    }

    @Test
    void podRangeTooSmallForTheNodesTheSubnetsAllow() {
        // a /19 subnet holds 8187 nodes on AWS; a /20 pod range gives 16 node ranges of /24
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "kubenet: {}", "podCIDR: 100.96.0.0/20")))
                .containsExactly("lint.pod-range-too-small");
        assertThat(rules("1.30.0", spec("aws", "us-east-1a", "kubenet: {}", "podCIDR: 100.96.0.0/11"))).isEmpty();
    }

    @Test
    void optionsTheCniIgnoresAtTheRelease() {
        String cilium = "cilium: {enablePolicy: always}";
        assertThat(rules("1.34.0", spec("aws", "us-east-1a", cilium, ""))).containsExactly("lint.ignored-option");
        assertThat(rules("1.33.0", spec("aws", "us-east-1a", cilium, ""))).isEmpty();
        // a value the release sets itself is not the user's option
        assertThat(rules("1.34.0", spec("aws", "us-east-1a", "cilium: {}", ""))).isEmpty();
        assertThat(rules("1.22.0", spec("aws", "us-east-1a", "calico: {crossSubnet: true}", "")))
                .containsExactly("lint.ignored-option");
    }

    @Test
    void everyLintIsDocumented() {
        assertThat(linter.rules()).extracting(LintRule::id).containsExactlyInAnyOrder("mtu-above-network",
                "pod-service-overlap", "service-range-in-network", "pod-range-in-network", "pod-range-too-small",
                "ignored-option");
        assertThat(linter.rules()).allSatisfy(r -> {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.source()).isNotBlank();
        });
    }
}
