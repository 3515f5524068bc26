package dev.podnet.testkit;

import static dev.podnet.testkit.PodnetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
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

    private final Completion completion = Podnet.forRelease("1.30.0").complete(Clusters.aws().withCalico().build());

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
                .defaulted("spec.networking.calico.encapsulationMode").to("ipip")
                .byRule("calico.encapsulation-mode").because("Calico default encapsulation")
                .and().defaulted("spec.podCIDR").to("100.96.0.0/11")
                .and().notDefaulted("spec.networking.calico.mtu");
    }

    @Test
    void wrongDefaultShowsTheDefaultsBesideIt() {
        assertThatThrownBy(() -> assertThat(completion).defaulted("spec.networking.calico.encapsulationMode").to("vxlan"))
                .hasMessageContaining("Expecting spec.networking.calico.encapsulationMode to be defaulted to vxlan")
                .hasMessageContaining("but it was defaulted to ipip by calico.encapsulation-mode")
                .hasMessageContaining("defaults applied under spec.networking.calico:")
                .hasMessageContaining("default(s) applied in all, by kops 1.30.0)");
        assertThatThrownBy(() -> assertThat(completion).defaulted("spec.networking.calico.typhaReplicas"))
                .hasMessageContaining("Expecting a default at spec.networking.calico.typhaReplicas but none was applied")
                .hasMessageContaining("spec.networking.calico.encapsulationMode = ipip");
        assertThatThrownBy(() -> assertThat(completion).notDefaulted("spec.nonMasqueradeCIDR"))
                .hasMessageContaining("but one was applied: spec.nonMasqueradeCIDR = 100.64.0.0/10");
        assertThatThrownBy(() -> assertThat(completion).defaulted("spec.networking.calico.encapsulationMode").byRule("calico.mtu"))
                .hasMessageContaining("but rule calico.encapsulation-mode set it");
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
