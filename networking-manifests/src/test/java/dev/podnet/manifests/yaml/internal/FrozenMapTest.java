package dev.podnet.manifests.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenMapTest {

    private static FrozenMap map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Frozen.freezeMap(m);
    }

    @Test
    void withAnEqualValueIsTheSameMap() {
        FrozenMap m = map("a", "1", "b", map("c", List.of("x")), "n", null);
        assertThat(m.with("a", "1")).isSameAs(m);
        assertThat(m.with("b", Map.of("c", List.of("x")))).isSameAs(m);
        assertThat(m.with("n", null)).isSameAs(m);
    }

    @Test
    void withANullValueTellsAnAbsentKeyFromAPresentOne() {
        FrozenMap m = map("a", "1");
        FrozenMap added = m.with("z", null);
        assertThat(added).isNotSameAs(m).containsEntry("z", null).hasSize(2);
        assertThat(added.keySet()).containsExactly("a", "z");
        FrozenMap replaced = map("a", null, "b", "2").with("a", "1");
        assertThat(replaced.keySet()).containsExactly("a", "b");
        assertThat(replaced).containsEntry("a", "1");
    }

    @Test
    void withReplacesInPlaceAndAppendsNewKeys() {
        FrozenMap m = map("a", "1", "b", "2");
        assertThat(m.with("a", "3").keySet()).containsExactly("a", "b");
        assertThat(m.with("c", "3").keySet()).containsExactly("a", "b", "c");
        assertThat(m).containsEntry("a", "1").hasSize(2);
    }

    @Test
    void frozenMapsCompareByContentLikeAnyMap() {
        FrozenMap a = map("k", map("x", List.of("1", "2")), "n", null);
        FrozenMap b = map("k", map("x", List.of("1", "2")), "n", null);
        FrozenMap c = map("k", map("x", List.of("1", "3")), "n", null);
        FrozenMap d = map("k", map("x", List.of("1", "2")), "m", null);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(d);
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("n", null);
        plain.put("k", Map.of("x", Arrays.asList("1", "2")));
        assertThat(a).isEqualTo(plain);
        assertThat(plain).isEqualTo(a);
    }
}
