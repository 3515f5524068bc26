package dev.podnet.api.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 7386's test cases (Appendix A). */
class MergePatcherTest {

    private static Object merge(Object target, Object patch) {
        return MergePatcher.merge(Trees.mutableCopy(target), patch);
    }

    private static Map<String, Object> nulls(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void rfc7386AppendixA() {
        assertThat(merge(Map.of("a", "b"), Map.of("a", "c"))).isEqualTo(Map.of("a", "c"));
        assertThat(merge(Map.of("a", "b"), Map.of("b", "c"))).isEqualTo(Map.of("a", "b", "b", "c"));
        assertThat(merge(Map.of("a", "b"), nulls("a", null))).isEqualTo(Map.of());
        assertThat(merge(Map.of("a", "b", "b", "c"), nulls("a", null))).isEqualTo(Map.of("b", "c"));
        assertThat(merge(Map.of("a", List.of("b")), Map.of("a", "c"))).isEqualTo(Map.of("a", "c"));
        assertThat(merge(Map.of("a", "c"), Map.of("a", List.of("b")))).isEqualTo(Map.of("a", List.of("b")));
        assertThat(merge(Map.of("a", Map.of("b", "c")), Map.of("a", nulls("b", "d", "c", null))))
                .isEqualTo(Map.of("a", Map.of("b", "d")));
        assertThat(merge(Map.of("a", List.of(Map.of("b", "c"))), Map.of("a", List.of(1))))
                .isEqualTo(Map.of("a", List.of(1)));
        assertThat(merge(List.of("a", "b"), List.of("c", "d"))).isEqualTo(List.of("c", "d"));
        assertThat(merge(Map.of("a", "b"), List.of("c"))).isEqualTo(List.of("c"));
        assertThat(merge(Map.of("e", Map.of()), Map.of("a", 1))).isEqualTo(Map.of("e", Map.of(), "a", 1));
        assertThat(merge(Map.of("a", "foo"), "bar")).isEqualTo("bar");
        assertThat(merge(List.of(1, 2), Map.of("a", "b", "c", nulls("d", null)))).isEqualTo(Map.of("a", "b", "c", Map.of()));
    }
}
