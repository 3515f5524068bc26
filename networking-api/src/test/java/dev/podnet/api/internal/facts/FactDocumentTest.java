package dev.podnet.api.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactDocumentTest {
    record Row(String key, VersionRange range, int size) {
        static Row read(FactNode n) { return new Row(n.text("key"), n.range(), n.integer("size")); }
    }

    @Test
    void rowsAreReadIntoTypedRecordsWithSinceInclusiveAndUntilExclusive() {
        FactNode root = FactDocument.parse("t.yaml", """
                rows:
                  - {key: a, since: "1.22", until: "1.25", size: 3}
                  - {key: b, size: 4}
                """).root();
        List<Row> rows = root.rows("rows", Row::read);
        assertThat(rows).extracting(Row::key).containsExactly("a", "b");
        assertThat(rows.get(0).range().contains(KopsVersion.of("1.22"))).isTrue();
        assertThat(rows.get(0).range().contains(KopsVersion.of("1.24"))).isTrue();
        assertThat(rows.get(0).range().contains(KopsVersion.of("1.25"))).isFalse();
        assertThat(rows.get(1).range()).isEqualTo(VersionRange.all());
    }

    @Test
    void aBadRowFailsAtLoadWithResourceRowAndReason() {
        FactNode root = FactDocument.parse("t.yaml", """
                rows:
                  - {key: a, size: 3}
                  - {key: b, size: many}
                """).root();
        assertThatThrownBy(() -> root.rows("rows", Row::read))
                .isInstanceOf(FactFormatException.class)
                .hasMessage("t.yaml: rows[1].size: expected an integer, found \"many\"");
    }

    @Test
    void aReleaseKeyedTableHoldsFromEachRowUntilTheNext() {
        ReleaseFacts<String> t = FactDocument.parse("t.yaml", """
                dns:
                  "1.18": Public
                  "1.22": null
                  "1.28": Private
                """).root().byRelease("dns", FactNode::text);
        assertThat(t.at(KopsVersion.of("1.17"))).isEmpty();
        assertThat(t.at(KopsVersion.of("1.21"))).contains("Public");
        assertThat(t.at(KopsVersion.of("1.23"))).isEmpty();
        assertThat(t.at(KopsVersion.of("1.37.0-alpha.1"))).contains("Private");
        assertThat(t.rows()).extracting(ReleaseFacts.Row::range)
                .containsExactly(VersionRange.parse(">=1.18 <1.22"), VersionRange.parse(">=1.22 <1.28"), VersionRange.parse(">=1.28"));
    }

    @Test
    void typedReleaseTablesReadEachRowAsTheirType() {
        FactNode root = FactDocument.parse("t.yaml", """
                on: {"1.18": false, "1.22": true}
                dns: {"1.18": Public}
                skip: {"1.18": [a, b], "1.25": []}
                """).root();
        assertThat(root.boolByRelease("on").at(KopsVersion.of("1.21"))).contains(false);
        assertThat(root.boolByRelease("on").at(KopsVersion.of("1.22"))).contains(true);
        assertThat(root.textByRelease("dns").at(KopsVersion.of("1.30"))).contains("Public");
        assertThat(root.textsByRelease("skip").at(KopsVersion.of("1.24"))).contains(List.of("a", "b"));
        assertThat(root.textsByRelease("skip").at(KopsVersion.of("1.25"))).contains(List.of());
        assertThatThrownBy(() -> root.boolByRelease("dns"))
                .isInstanceOf(FactFormatException.class).hasMessage("t.yaml: dns.\"1.18\": expected true or false, found \"Public\"");
        assertThatThrownBy(() -> root.textByRelease("skip"))
                .isInstanceOf(FactFormatException.class).hasMessage("t.yaml: skip.\"1.18\": expected a scalar, found a list");
        assertThatThrownBy(() -> root.textsByRelease("dns"))
                .isInstanceOf(FactFormatException.class).hasMessage("t.yaml: dns.\"1.18\": expected a list, found \"Public\"");
    }

    @Test
    void aBadReleaseKeyNamesItsRow() {
        assertThatThrownBy(() -> FactDocument.parse("t.yaml", "dns: {\"one\": Public}").root().byRelease("dns", FactNode::text))
                .isInstanceOf(FactFormatException.class).hasMessageStartingWith("t.yaml: dns.\"one\": not a release");
    }

    @Test
    void aVersionIsCheckedWhereItIsRead() {
        FactNode kcm = FactDocument.parse("t.yaml", "kcm: {since: \"1.27\", bad: \"1.x\"}").root().get("kcm");
        assertThat(kcm.version("since")).isEqualTo("1.27");
        assertThatThrownBy(() -> kcm.version("bad"))
                .isInstanceOf(FactFormatException.class).hasMessageStartingWith("t.yaml: kcm.bad: not a version: 1.x");
    }

    @Test
    void cumulativeRowsMergeInReleaseOrderAndNullRemovesAFact() {
        ReleaseFacts<String> t = FactDocument.parse("t.yaml", """
                - {since: "1.18", a: x}
                - {since: "1.22", b: y}
                - {since: "1.25", a: null}
                """).root().cumulativeReleases(n -> n.onlyKeys(java.util.Set.of("a", "b")).optionalText("a").orElse("-")
                        + n.optionalText("b").orElse("-"));
        assertThat(t.at(KopsVersion.of("1.21"))).contains("x-");
        assertThat(t.at(KopsVersion.of("1.24"))).contains("xy");
        assertThat(t.at(KopsVersion.of("1.37.0-alpha.1"))).contains("-y");
    }

    @Test
    void aBadCumulativeRowNamesItsRowAndReason() {
        assertThatThrownBy(() -> FactDocument.parse("t.yaml", """
                - {since: "1.18", a: x}
                - {since: "1.22", c: y}
                """).root().cumulativeReleases(n -> n.onlyKeys(java.util.Set.of("a", "b"))))
                .isInstanceOf(FactFormatException.class).hasMessage("t.yaml: [1]: unknown key c (known: a, b)");
        assertThatThrownBy(() -> FactDocument.parse("t.yaml", """
                - {since: "1.22", a: x}
                - {since: "1.18", a: y}
                """).root().cumulativeReleases(n -> n))
                .isInstanceOf(FactFormatException.class).hasMessage("t.yaml: [1]: rows must be in release order (1.18.0 after 1.22.0)");
        assertThatThrownBy(() -> FactDocument.parse("t.yaml", """
                - {since: "1.18", a: x}
                - {since: "1.22", b: null}
                """).root().cumulativeReleases(n -> n))
                .isInstanceOf(FactFormatException.class).hasMessage("t.yaml: [1]: null removes b, which no earlier row sets");
    }
}
