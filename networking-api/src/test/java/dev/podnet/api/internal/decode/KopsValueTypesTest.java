package dev.podnet.api.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The value forms kops' decoder accepts in typed fields, each list checked with kops-oracle at 1.19
 * (json-iterator) and 1.36 (encoding/json), which agreed on every value: durations in
 * {@code kubeControllerManager.nodeMonitorGracePeriod}, quantities in {@code kubeDNS.memoryRequest}.
 */
class KopsValueTypesTest {
    @Test
    void durationsAsGoParsesThem() {
        for (String ok : List.of("0", "1.5h", "-1s", "1h30m", "1.h", ".5s", "+3m", "1\u00b5s", "40s")) {
            assertThat(KopsValueSyntax.isDuration(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("", "5", "1d", "3 s", "1e3s", "abc", "-", ".s")) {
            assertThat(KopsValueSyntax.isDuration(bad)).as(bad).isFalse();
        }
    }

    @Test
    void quantitiesAsKubernetesParsesThem() {
        for (String ok : List.of("0.5", "1e3", "1.", "+5", "5Ki", ".5", "1E-3", "-1m", "1.5Gi", " 100m", "100m")) {
            assertThat(KopsValueSyntax.isQuantity(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("5KB", "5ki", "1.2.3", "0x10", "abc", "")) {
            assertThat(KopsValueSyntax.isQuantity(bad)).as(bad).isFalse();
        }
        // a YAML number is a JSON number, which a quantity field parses too (0.5 and 1e30 accepted)
        assertThat(KopsFieldType.QUANTITY.accepts(0.5)).isTrue();
        assertThat(KopsFieldType.QUANTITY.accepts(1e30)).isTrue();
        assertThat(KopsFieldType.QUANTITY.accepts(true)).isFalse();
    }

    @Test
    void integersByRangeAndFraction() {
        assertThat(KopsFieldType.INT32.accepts(110)).isTrue();
        assertThat(KopsFieldType.INT32.accepts(110.0)).isTrue();
        assertThat(KopsFieldType.INT32.accepts(110.5)).isFalse();
        assertThat(KopsFieldType.INT32.accepts(2147483648L)).isFalse();
        assertThat(KopsFieldType.INT32.accepts(-2147483648)).isTrue();
        assertThat(KopsFieldType.INT32.accepts(1e20)).isFalse();
        assertThat(KopsFieldType.INT64.accepts(2147483648L)).isTrue();
        assertThat(KopsFieldType.INT64.accepts(new BigInteger("9223372036854775808"))).isFalse();
        assertThat(KopsFieldType.INT64.accepts("1")).isFalse();
        assertThat(KopsFieldType.INT64.accepts(null)).isTrue();
        // kops-oracle 1.28-1.36 on an etcd cluster's manager.backupRetentionDays: 4294967295 decoded, -1 refused
        assertThat(KopsFieldType.UINT32.accepts(4294967295L)).isTrue();
        assertThat(KopsFieldType.UINT32.accepts(0)).isTrue();
        assertThat(KopsFieldType.UINT32.accepts(-1)).isFalse();
        assertThat(KopsFieldType.UINT32.accepts(4294967296L)).isFalse();
        assertThat(KopsFieldType.UINT32.accepts("1")).isFalse();
    }

    @Test
    void intOrStringTakesAnInt32OrAnyString() {
        // kops-oracle 1.19-1.36 on rollingUpdate.maxSurge: "abc" and 2.0 decoded, the others refused at decode
        assertThat(KopsFieldType.INT_OR_STRING.accepts("abc")).isTrue();
        assertThat(KopsFieldType.INT_OR_STRING.accepts(2.0)).isTrue();
        assertThat(KopsFieldType.INT_OR_STRING.accepts(-2147483648)).isTrue();
        assertThat(KopsFieldType.INT_OR_STRING.accepts(2147483648L)).isFalse();
        assertThat(KopsFieldType.INT_OR_STRING.accepts(1.5)).isFalse();
        assertThat(KopsFieldType.INT_OR_STRING.accepts(false)).isFalse();
        assertThat(KopsFieldType.INT_OR_STRING.accepts(List.of(1))).isFalse();
    }

    @Test
    void intOrStringMapTakesInt32sAndStrings() {
        // kops-oracle 1.30-1.36 on containerd.configAdditions: {a: 1, b: x, c: null} decoded, {a: true}, {a: 1.5} and
        // {a: 2147483648} refused at decode
        assertThat(KopsFieldType.INT_OR_STRING_MAP.accepts(Map.of("a", 1, "b", "x"))).isTrue();
        assertThat(KopsFieldType.INT_OR_STRING_MAP.accepts(Collections.singletonMap("c", null))).isTrue();
        assertThat(KopsFieldType.INT_OR_STRING_MAP.accepts(Map.of("a", true))).isFalse();
        assertThat(KopsFieldType.INT_OR_STRING_MAP.accepts(Map.of("a", 1.5))).isFalse();
        assertThat(KopsFieldType.INT_OR_STRING_MAP.accepts(Map.of("a", 2147483648L))).isFalse();
        assertThat(KopsFieldType.INT_OR_STRING_MAP.accepts(List.of(1))).isFalse();
    }

    @Test
    void collections() {
        assertThat(KopsFieldType.STRING_LIST.accepts(Arrays.asList("a", null))).isTrue();
        assertThat(KopsFieldType.STRING_LIST.accepts(List.of(1))).isFalse();
        assertThat(KopsFieldType.STRING_MAP.accepts(Map.of("Foo", "true"))).isTrue();
        assertThat(KopsFieldType.STRING_MAP.accepts(Map.of("Foo", true))).isFalse();
        assertThat(KopsFieldType.STRING_LIST_MAP.accepts(Map.of("a", List.of("b")))).isTrue();
        assertThat(KopsFieldType.STRING_LIST_MAP.accepts(Map.of("a", "b"))).isFalse();
        assertThat(KopsFieldType.OBJECT_LIST.accepts(List.of(Map.of()))).isTrue();
        assertThat(KopsFieldType.OBJECT_LIST.accepts(List.of("x"))).isFalse();
    }

    @Test
    void theShippedFactsReadAndAFactNamingNoTypeIsRefused() {
        assertThat(DecodeSchema.shipped().releases("kops.k8s.io/v1alpha3")).isPresent();
        assertThat(DecodeSchema.shipped().releases("kops.k8s.io/v1alpha1")).isEmpty();
        String bad = "apiVersions: {v: \"*\"}\nroots: {v: s}\nstructs:\n  s:\n    fields:\n      int33: [x]\n";
        Assertions.assertThatThrownBy(() -> DecodeSchema.read(FactDocument.parse("t.yaml", bad).root()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("int33");
        String noRoot = "apiVersions: {v: \"*\"}\nroots: {v: t}\nstructs:\n  s:\n    fields:\n      int32: [x]\n";
        Assertions.assertThatThrownBy(() -> DecodeSchema.read(FactDocument.parse("t.yaml", noRoot).root()))
                .isInstanceOf(FactFormatException.class);
    }
}
