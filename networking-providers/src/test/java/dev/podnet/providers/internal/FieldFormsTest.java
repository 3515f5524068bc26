package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.version.KopsVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A provider's field forms per release: which keys go before defaulting and before validation. */
class FieldFormsTest {
    private static final FieldForms FORMS = FieldForms.of(FactDocument.parse("x/provider.yaml", """
            zeroIsUnset:
              - {keys: [mode, debug, port]}
              - {keys: [ptr], until: "1.24"}
            quantities: [cpu]
            unknown:
              - {keys: [late], until: "1.22"}
              - {keys: [gone, mode], since: "1.30", typeChecked: true}
            """).root());

    private static Map<String, Object> tree() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("mode", "");
        t.put("debug", false);
        t.put("port", 0);
        t.put("ptr", false);
        t.put("late", "x");
        t.put("gone", "y");
        t.put("cpu", "0.5");
        t.put("kept", "");
        return t;
    }

    @Test
    void applyRemovesZeroPlainValuesAndUnknownKeysAndCanonicalisesQuantities() {
        Map<String, Object> at21 = tree();
        FORMS.apply(at21, KopsVersion.of("1.21.3"));
        assertThat(at21).containsExactly(Map.entry("gone", "y"), Map.entry("cpu", "500m"), Map.entry("kept", ""));
        Map<String, Object> at26 = tree();
        FORMS.apply(at26, KopsVersion.of("1.26.0"));
        assertThat(at26).containsExactly(Map.entry("ptr", false), Map.entry("late", "x"), Map.entry("gone", "y"),
                Map.entry("cpu", "500m"), Map.entry("kept", ""));
        Map<String, Object> at30 = tree();
        FORMS.apply(at30, KopsVersion.of("1.30.0"));
        assertThat(at30).containsExactly(Map.entry("ptr", false), Map.entry("late", "x"), Map.entry("cpu", "500m"),
                Map.entry("kept", ""));
    }

    @Test
    void asValidatedRemovesUnknownKeysAndEmptyPlainStringsOnly() {
        Map<String, Object> t = tree();
        assertThat(FORMS.changedWhenValidated(t, KopsVersion.of("1.26.0"))).isTrue();
        FORMS.asValidated(t, KopsVersion.of("1.26.0"));
        assertThat(t).containsOnlyKeys("debug", "port", "ptr", "late", "gone", "cpu", "kept");
        assertThat(FORMS.changedWhenValidated(t, KopsVersion.of("1.26.0"))).isFalse();
        assertThat(FORMS.changedWhenValidated(t, KopsVersion.of("1.21.0"))).isTrue();
        assertThat(FORMS.validatesAsIs(KopsVersion.of("1.26.0"))).isFalse();
        assertThat(FORMS.unknownAt(KopsVersion.of("1.21.0"))).containsExactlyInAnyOrder("late");
        assertThat(FORMS.unknownAt(KopsVersion.of("1.30.0"))).isEmpty();
        assertThat(FORMS.typeCheckedAt(KopsVersion.of("1.30.0"))).containsExactlyInAnyOrder("gone", "mode");
    }

    @Test
    void aTableWithoutRowsInRangeValidatesAsIs() {
        FieldForms f = FieldForms.of(FactDocument.parse("y/provider.yaml", "unknown:\n  - {keys: [a], until: \"1.20\"}\n").root());
        assertThat(f.validatesAsIs(KopsVersion.of("1.20.0"))).isTrue();
        assertThat(f.validatesAsIs(KopsVersion.of("1.19.9"))).isFalse();
    }
}
