package dev.podnet.api.internal.allowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import org.junit.jupiter.api.Test;

/** The table of allowed values: podnet's rows load, and a bad row fails at load naming the file, the row and the reason. */
class AllowedValueTableTest {
    private static AllowedValueTable table(String rows) {
        return AllowedValueTable.read(FactDocument.parse("t.yaml", "allowed:\n" + rows).root());
    }

    @Test
    void podnetsTableHoldsEachFieldsRowsByRelease() {
        AllowedValueTable t = AllowedValueTable.load();
        assertThat(t.rows()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(t.ofField("spec.networking.calico.encapsulationMode"))
                .extracting(AllowedValueRow::gate, AllowedValueRow::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("calico.encapsulationMode", ">=1.19 <1.23"),
                        org.assertj.core.groups.Tuple.tuple("calico.encapsulationMode#none", ">=1.23"));
        AllowedValueRow none = t.find("calico.encapsulationMode#none").orElseThrow();
        assertThat(none.rule()).isEqualTo("calico.encapsulationMode");
        assertThat(none.values()).containsExactly("ipip", "vxlan", "none");
        assertThat(none.holds(KopsVersion.of("1.23.0"))).isTrue();
        assertThat(none.holds(KopsVersion.of("1.22.0"))).isFalse();
        assertThat(t.ofProvider("canal")).extracting(AllowedValueRow::releases).containsOnly(VersionRange.before("1.34"));
        assertThat(t.ofProvider("cal")).isEmpty();
    }

    @Test
    void badRowsFailNamingFileRowAndReason() {
        assertThatThrownBy(() -> table("  calico.x: {releases: \">=one\", values: [a]}\n"))
                .isInstanceOf(FactFormatException.class).hasMessageContaining("t.yaml").hasMessageContaining("allowed.calico.x.releases");
        assertThatThrownBy(() -> table("  calico.x: {releases: \"*\", values: []}\n"))
                .hasMessageContaining("allowed.calico.x").hasMessageContaining("no values");
        assertThatThrownBy(() -> table("  calico.x: {releases: \"*\", values: [a, \"\"]}\n"))
                .hasMessageContaining("the empty string is unset");
        assertThatThrownBy(() -> table("  calico.x: {releases: \"*\", values: [a, a]}\n")).hasMessageContaining("written twice");
        assertThatThrownBy(() -> table("  calico.x: {releases: \"*\", value: [a]}\n")).hasMessageContaining("unknown key value");
        assertThatThrownBy(() -> table("  Calico x: {releases: \"*\", values: [a]}\n")).hasMessageContaining("not a field");
        assertThatThrownBy(() -> table("  calico.x: {releases: \">=1.19 <1.23\", values: [a]}\n"
                + "  calico.x#new: {releases: \">=1.22\", values: [a, b]}\n"))
                .hasMessageContaining("allowed.calico.x#new").hasMessageContaining("overlap row calico.x");
        assertThat(table("  calico.x: {releases: \">=1.19 <1.23\", values: [a]}\n"
                + "  calico.x#new: {releases: \">=1.23\", values: [a, b]}\n").rows()).hasSize(2);
    }
}
