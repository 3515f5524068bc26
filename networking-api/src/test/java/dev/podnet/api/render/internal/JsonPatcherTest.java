package dev.podnet.api.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.render.PatchOperation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 6902's own examples (Appendix A) and the failures it requires. */
class JsonPatcherTest {

    private static Object patch(Object doc, PatchOperation... ops) {
        return JsonPatcher.apply(Trees.mutableCopy(doc), List.of(ops));
    }

    @Test
    void addsObjectMembersAndArrayElements() {
        assertThat(patch(Map.of("foo", "bar"), PatchOperation.add("/baz", "qux")))
                .isEqualTo(Map.of("foo", "bar", "baz", "qux"));                                     // A.1
        assertThat(patch(Map.of("foo", List.of("bar", "baz")), PatchOperation.add("/foo/1", "qux")))
                .isEqualTo(Map.of("foo", List.of("bar", "qux", "baz")));                           // A.2
        assertThat(patch(Map.of("foo", "bar"), PatchOperation.add("/child", Map.of("grandchild", Map.of()))))
                .isEqualTo(Map.of("foo", "bar", "child", Map.of("grandchild", Map.of())));          // A.10
        assertThat(patch(Map.of("foo", List.of("bar")), PatchOperation.add("/foo/-", List.of("abc", "def"))))
                .isEqualTo(Map.of("foo", List.of("bar", List.of("abc", "def"))));                  // A.16
        assertThat(patch(Map.of("foo", "bar"), PatchOperation.add("", Map.of("baz", "qux")))).isEqualTo(Map.of("baz", "qux"));
    }

    @Test
    void removesReplacesMovesAndCopies() {
        assertThat(patch(Map.of("baz", "qux", "foo", "bar"), PatchOperation.remove("/baz"))).isEqualTo(Map.of("foo", "bar"));
        assertThat(patch(Map.of("foo", List.of("bar", "qux", "baz")), PatchOperation.remove("/foo/1")))
                .isEqualTo(Map.of("foo", List.of("bar", "baz")));                                  // A.4
        assertThat(patch(Map.of("baz", "qux", "foo", "bar"), PatchOperation.replace("/baz", "boo")))
                .isEqualTo(Map.of("baz", "boo", "foo", "bar"));                                    // A.5
        assertThat(patch(Map.of("foo", Map.of("bar", "baz", "waldo", "fred"), "qux", Map.of("corge", "grault")),
                PatchOperation.move("/foo/waldo", "/qux/thud")))
                .isEqualTo(Map.of("foo", Map.of("bar", "baz"), "qux", Map.of("corge", "grault", "thud", "fred"))); // A.6
        assertThat(patch(Map.of("foo", List.of("all", "grass", "cows", "eat")), PatchOperation.move("/foo/1", "/foo/3")))
                .isEqualTo(Map.of("foo", List.of("all", "cows", "eat", "grass")));                 // A.7
        assertThat(patch(Map.of("a", List.of(1, 2)), PatchOperation.copy("/a", "/b"), PatchOperation.add("/b/-", 3)))
                .isEqualTo(Map.of("a", List.of(1, 2), "b", List.of(1, 2, 3)));
        assertThat(patch(Map.of("l", List.of("x", "y")), PatchOperation.replace("/l/1", "z")))
                .isEqualTo(Map.of("l", List.of("x", "z")));
    }

    @Test
    void testComparesAsJsonAndEscapesFollowRfc6901() {
        Map<String, Object> doc = Map.of("baz", "qux", "foo", List.of("a", 2, "c"));
        assertThat(patch(doc, PatchOperation.test("/baz", "qux"), PatchOperation.test("/foo/1", 2L))).isEqualTo(doc); // A.8
        assertThatThrownBy(() -> patch(Map.of("baz", "qux"), PatchOperation.test("/baz", "bar")))          // A.9
                .isInstanceOf(PatchException.class).hasMessageContaining("operation 1 (test /baz bar) failed: /baz is qux, not bar");
        assertThat(patch(Map.of("/", 9, "~1", 10), PatchOperation.test("/~01", 10), PatchOperation.test("/~1", 9))).isNotNull(); // A.14
        assertThatThrownBy(() -> patch(Map.of("/", 9, "~1", 10), PatchOperation.test("/~01", "10")))        // A.15
                .hasMessageContaining("is 10, not 10");
    }

    @Test
    void failuresSayWhichOperationAndWhy() {
        assertThatThrownBy(() -> patch(Map.of("foo", "bar"), PatchOperation.add("/baz/bat", "qux")))      // A.12
                .hasMessageContaining("operation 1 (add /baz/bat qux) failed: /baz: there is no \"baz\" (the keys there: foo)");
        assertThatThrownBy(() -> patch(Map.of("foo", "bar"), PatchOperation.replace("/nope", 1)))
                .hasMessageContaining("/nope: there is no \"nope\"");
        assertThatThrownBy(() -> patch(Map.of("foo", List.of(1)), PatchOperation.remove("/foo/1")))
                .hasMessageContaining("index 1 is past the end of a list of 1");
        assertThatThrownBy(() -> patch(Map.of("foo", List.of(1)), PatchOperation.add("/foo/01", 2)))
                .hasMessageContaining("\"01\" is not a list index");
        assertThatThrownBy(() -> patch(Map.of("foo", List.of(1)), PatchOperation.remove("/foo/-")))
                .hasMessageContaining("\"-\" is not a list index");
        assertThatThrownBy(() -> patch(Map.of("a", Map.of("b", 1)), PatchOperation.move("/a", "/a/c")))
                .hasMessageContaining("cannot move /a into its own child /a/c");
        assertThatThrownBy(() -> patch(Map.of("a", 1), PatchOperation.remove("")))
                .hasMessageContaining("cannot remove the whole object");
        assertThatThrownBy(() -> patch(Map.of("a", "x"), PatchOperation.add("/a/b", 1)))
                .hasMessageContaining("/a/b: the parent is a scalar");
        assertThatThrownBy(() -> patch(Map.of("a", 1), PatchOperation.remove("/a~2")))
                .hasMessageContaining("'~' not followed by 0 or 1");
    }

    @Test
    void operationsAreAllOrNothingOnTheCopy() {
        Map<String, Object> doc = Map.of("a", 1);
        Object copy = Trees.mutableCopy(doc);
        assertThatThrownBy(() -> JsonPatcher.apply(copy, List.of(PatchOperation.add("/b", 2), PatchOperation.remove("/c"))))
                .hasMessageContaining("operation 2 (remove /c)");
        assertThat(doc).isEqualTo(Map.of("a", 1));
    }

    @Test
    void operationsRefuseWhatIsNotAPointerOrAJsonValue() {
        assertThatThrownBy(() -> PatchOperation.add("spec/replicas", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with '/'");
        assertThatThrownBy(() -> PatchOperation.add("/x", new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a patch value is a map, list, string, number, boolean or null");
        assertThatThrownBy(() -> PatchOperation.add("/x", Double.NaN)).hasMessageContaining("finite");
        assertThat(PatchOperation.add("/x", null).value()).isNull();
    }
}
