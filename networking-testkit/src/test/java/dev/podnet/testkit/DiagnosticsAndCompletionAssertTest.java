package dev.podnet.testkit;

import static dev.podnet.testkit.PodnetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Completion;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsAndCompletionAssertTest {
    private final Diagnostics findings = Diagnostics.of(List.of(
            Diagnostic.builder().path("spec.networking.cilium.ipam").type(ErrorType.FORBIDDEN)
                    .detail("Cilium ENI IPAM is supported only in AWS").build(),
            Diagnostic.builder().path("spec.networking.cilium.version").type(ErrorType.INVALID).quotedValue("v1.0")
                    .detail("unknown version").build(),
            Diagnostic.builder().path("spec.kubeProxy.enabled").type(ErrorType.INVALID).severity(Severity.WARNING)
                    .detail("kube-proxy is replaced").build()));

    private final Completion completion = Completion.of(KopsVersion.of("1.30.0"),
            Clusters.aws().withCalico().build(), List.of(
                    AppliedDefault.of("spec.networking.calico.encapsulationMode", "ipip", "calico.encapsulation-mode",
                            "Calico default encapsulation (kops >=1.22)"),
                    AppliedDefault.of("spec.networking.calico.mtu", "8981", "calico.mtu", "jumbo frames on AWS"),
                    AppliedDefault.of("spec.nonMasqueradeCIDR", "100.64.0.0/10", "cluster.non-masquerade-cidr", "kops")));

    @Test
    void diagnosticsPass() {
        assertThat(findings).hasError("spec.networking.cilium.ipam", ErrorType.FORBIDDEN)
                .hasError("spec.networking.cilium.version")
                .hasError("spec.networking.cilium.version", ErrorType.INVALID, "\"v1.0\"")
                .hasWarning("spec.kubeProxy.enabled")
                .hasNoFindingAt("spec.networking.calico");
        assertThat(Diagnostics.of(List.of(findings.warnings().get(0)))).hasNoErrors();
    }

    @Test
    void missingErrorShowsTheFindingsNearItThenAll() {
        assertThatThrownBy(() -> assertThat(findings).hasError("spec.networking.cilium.ipam", ErrorType.UNSUPPORTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting an error Unsupported value at spec.networking.cilium.ipam but there is none")
                .hasMessageContaining("findings under spec.networking.cilium:\n"
                        + "    spec.networking.cilium.ipam: Forbidden: Cilium ENI IPAM is supported only in AWS\n"
                        + "    spec.networking.cilium.version: Invalid value: \"v1.0\": unknown version\n")
                .hasMessageContaining("all 3 finding(s):")
                .hasMessageContaining("[warning] spec.kubeProxy.enabled");
        assertThatThrownBy(() -> assertThat(findings).hasWarning("spec.networking.cilium.ipam"))
                .hasMessageContaining("Expecting a warning at spec.networking.cilium.ipam");
        assertThatThrownBy(() -> assertThat(findings).hasNoErrors())
                .hasMessageContaining("Expecting no errors but found 2:");
        assertThatThrownBy(() -> assertThat(findings).hasNoFindingAt("spec.kubeProxy.enabled"))
                .hasMessageContaining("[warning] spec.kubeProxy.enabled: Invalid value: kube-proxy is replaced");
    }

    @Test
    void completionPasses() {
        assertThat(completion).isCompletedBy("1.30.0")
                .defaulted("spec.networking.calico.mtu").to(8981).byRule("calico.mtu").because("AWS")
                .and().defaulted("spec.networking.calico.encapsulationMode").to("ipip")
                .and().notDefaulted("spec.networking.calico.typhaReplicas");
    }

    @Test
    void wrongDefaultShowsTheDefaultsBesideIt() {
        assertThatThrownBy(() -> assertThat(completion).defaulted("spec.networking.calico.mtu").to(1440))
                .hasMessageContaining("Expecting spec.networking.calico.mtu to be defaulted to 1440")
                .hasMessageContaining("but it was defaulted to 8981 by calico.mtu (jumbo frames on AWS)")
                .hasMessageContaining("defaults applied under spec.networking.calico:")
                .hasMessageContaining("spec.networking.calico.encapsulationMode = ipip (calico.encapsulation-mode)")
                .hasMessageContaining("(3 default(s) applied in all, by kops 1.30.0)");
        assertThatThrownBy(() -> assertThat(completion).defaulted("spec.networking.calico.typhaReplicas"))
                .hasMessageContaining("Expecting a default at spec.networking.calico.typhaReplicas but none was applied")
                .hasMessageContaining("spec.networking.calico.mtu = 8981");
        assertThatThrownBy(() -> assertThat(completion).notDefaulted("spec.nonMasqueradeCIDR"))
                .hasMessageContaining("but one was applied: spec.nonMasqueradeCIDR = 100.64.0.0/10 — kops");
        assertThatThrownBy(() -> assertThat(completion).defaulted("spec.networking.calico.mtu").byRule("calico.veth-mtu"))
                .hasMessageContaining("but rule calico.mtu set it");
        assertThatThrownBy(() -> assertThat(completion).isCompletedBy("1.28.0"))
                .hasMessageContaining("kops 1.30.0 made it");
    }

    @Test
    void fixturesAreImmutableAndComposable() {
        ClusterFixture base = Clusters.aws();
        ClusterFixture eni = base.withCilium(c -> c.ipam("eni")).kubernetesVersion("1.33.1").name("eni.example.com");
        org.assertj.core.api.Assertions.assertThat(base.build().networking().provider()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(eni.build().kubernetesVersion()).contains("1.33.1");
        org.assertj.core.api.Assertions.assertThat(eni.build().name()).isEqualTo("eni.example.com");
        org.assertj.core.api.Assertions.assertThat(eni.build().cloud()).contains(Cloud.AWS);
        org.assertj.core.api.Assertions.assertThat(eni.toString()).contains("eni.example.com");
        org.assertj.core.api.Assertions.assertThat(Clusters.gce().withFlannel(f -> f.backend("udp")).build()
                .networking().providerKind()).isPresent();
    }
}
