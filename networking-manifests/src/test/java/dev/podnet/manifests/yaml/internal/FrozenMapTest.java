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

    @Test
    void largeMapsLookUpEveryKeyAndNoOther() {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            plain.put("key-" + i, i % 3 == 0 ? null : "v" + i);
        }
        FrozenMap m = Frozen.freezeMap(plain);
        assertThat(m).isEqualTo(plain).hasSize(150);
        for (int i = 0; i < 150; i++) {
            assertThat(m.containsKey("key-" + i)).isTrue();
            assertThat(m.get("key-" + i)).isEqualTo(plain.get("key-" + i));
        }
        assertThat(m.containsKey("key-150")).isFalse();
        assertThat(m.get("key-x")).isNull();
        assertThat(m.containsKey(1)).isFalse();
        assertThat(m.keySet()).containsExactlyElementsOf(plain.keySet());
        assertThat(m.values()).containsExactlyElementsOf(plain.values());
        assertThat(m.entrySet()).containsExactlyElementsOf(plain.entrySet());
    }

    @Test
    void editsOfLargeAndSmallMapsKeepOrderAndLeaveTheOriginal() {
        for (int size : new int[] {1, 8, 9, 40}) {
            Map<String, Object> plain = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                plain.put("k" + (size - i), "v" + i);
            }
            FrozenMap m = Frozen.freezeMap(plain);
            String first = "k" + size;
            Map<String, Object> expected = new LinkedHashMap<>(plain);
            expected.put(first, "changed");
            expected.put("new", "n");
            FrozenMap edited = m.with(first, "changed").with("new", "n");
            assertThat(edited.entrySet()).containsExactlyElementsOf(expected.entrySet());
            assertThat(edited).isEqualTo(expected).hasSameHashCodeAs(expected);
            expected.remove(first);
            assertThat(edited.without(first).entrySet()).containsExactlyElementsOf(expected.entrySet());
            assertThat(edited.without("absent")).isSameAs(edited);
            assertThat(m).isEqualTo(plain);
        }
        assertThat(map("a", "1").without("a")).isEmpty();
    }

    @Test
    void aReplacedValueKeepsTheSortedOrderAndMapsOfOtherKeyOrderStillCompareEqual() {
        FrozenMap m = map("b", "1", "a", "2", "c", "3");
        assertThat(sortedKeys(m)).containsExactly("a", "b", "c");
        assertThat(m.valueAt(m.sortedOrder()[0])).isEqualTo("2");
        FrozenMap replaced = m.with("a", "9");
        assertThat(replaced.sortedOrder()).isSameAs(m.sortedOrder());
        assertThat(replaced.valueAt(replaced.sortedOrder()[0])).isEqualTo("9");
        assertThat(sortedKeys(m.with("d", "4").with("0", "5"))).containsExactly("0", "a", "b", "c", "d");
        assertThat(map("a", "2", "b", "1", "c", "3")).isEqualTo(m).hasSameHashCodeAs(m);
        assertThat(map("a", "2", "b", "1", "c", "4")).isNotEqualTo(m);
    }

    private static List<String> sortedKeys(FrozenMap m) {
        return Arrays.stream(m.sortedOrder()).mapToObj(m::keyAt).toList();
    }
}
