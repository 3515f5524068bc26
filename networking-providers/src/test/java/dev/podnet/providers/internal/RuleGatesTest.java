package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's check and its releases label come from one row of a gate table. */
class RuleGatesTest {
    private static RuleGates gates(String yaml) {
        return RuleGates.of(FactDocument.parse("gates.yaml", yaml).root(), List.of());
    }

    @Test
    void gateChecksAndLabelsFromTheSameRow() {
        Gate g = gates("gates:\n  cluster.x#variant: \">=1.23 <1.27\"\n").gate("cluster.x#variant");
        assertThat(g.holds(KopsVersion.of("1.22.0"))).isFalse();
        assertThat(g.holds(KopsVersion.of("1.23.0"))).isTrue();
        assertThat(g.holds(KopsVersion.of("1.26.5"))).isTrue();
        assertThat(g.holds(KopsVersion.of("1.27.0"))).isFalse();
        Diagnostic d = g.tag(Finding.forbidden("spec.x", "no")).build();
        assertThat(d.rule()).hasValue("cluster.x");
        assertThat(d.releases()).hasValue(">=1.23 <1.27");
    }

    @Test
    void badRangeFailsAtLoadNamingTheRow() {
        assertThatThrownBy(() -> gates("gates:\n  cluster.y: \">=one\"\n"))
                .isInstanceOf(FactFormatException.class).hasMessageContaining("gates.yaml").hasMessageContaining("gates.cluster.y");
    }

    @Test
    void aProvidersTableHoldsItsRowsOfAllowedValuesAsGates() {
        RuleGates calico = RuleGates.ofFolder("calico");
        Gate none = calico.gate("calico.encapsulationMode#none");
        assertThat(none.label()).isEqualTo(">=1.23");
        assertThat(none.rule()).isEqualTo("calico.encapsulationMode");
        assertThat(calico.allowedValues("calico.encapsulationMode#none")).containsExactly("ipip", "vxlan", "none");
        assertThat(calico.allowedValues("calico.encapsulationMode")).containsExactly("ipip", "vxlan");
        assertThatThrownBy(() -> calico.allowedValues("calico.typhaReplicas")).hasMessageContaining("no row calico.typhaReplicas");
        assertThatThrownBy(() -> RuleGates.ofFolder("cilium").gate("calico.ipipMode")).hasMessageContaining("no gate calico.ipipMode");
    }

    @Test
    void aGateWrittenInBothTablesIsRefused() {
        assertThatThrownBy(() -> RuleGates.of(FactDocument.parse("gates.yaml", "gates:\n  calico.ipipMode: \"*\"\n").root(), "calico"))
                .isInstanceOf(FactFormatException.class).hasMessageContaining("gates.calico.ipipMode").hasMessageContaining("one home");
    }

    @Test
    void missingGateIsRefused() {
        assertThatThrownBy(() -> gates("gates: {}\n").gate("cluster.z")).hasMessageContaining("no gate cluster.z");
    }
}
