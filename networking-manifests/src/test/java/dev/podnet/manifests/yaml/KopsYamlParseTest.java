package dev.podnet.manifests.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading manifests: go-yaml v2's meaning of scalars, and clear errors for bad or hostile input. */
class KopsYamlParseTest {

    private static final String HEAD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";

    private static Object value(String yaml) {
        return KopsYaml.parse(HEAD + "x: " + yaml + "\n").get(0).tree().get("x");
    }

    @Test
    void plainScalarsMeanWhatTheyMeanToGoYamlV2() {
        assertThat(value("yes")).isEqualTo(true);
        assertThat(value("Off")).isEqualTo(false);
        assertThat(value("y")).isEqualTo(true);
        assertThat(value("~")).isNull();
        assertThat(value("null")).isNull();
        assertThat(value("42")).isEqualTo(42);
        assertThat(value("0x1F")).isEqualTo(31);
        assertThat(value("017")).isEqualTo(15);
        assertThat(value("0o17")).isEqualTo(15);
        assertThat(value("0b101")).isEqualTo(5);
        assertThat(value("-0b101")).isEqualTo(-5);
        assertThat(value("1_000")).isEqualTo(1000);
        assertThat(value("+7")).isEqualTo(7);
        assertThat(value("5000000000")).isEqualTo(5_000_000_000L);
        assertThat(value("18446744073709551615")).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(value("1.5")).isEqualTo(1.5);
        assertThat(value("08")).isEqualTo(8.0);
        assertThat(value(".5")).isEqualTo(0.5);
        assertThat(value("1e3")).isEqualTo(1000.0);
        assertThat(value(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(value("1e400")).isEqualTo("1e400");
        // go-yaml v2 hands timestamps to generic code as their text.
        assertThat(value("2024-01-31")).isEqualTo("2024-01-31");
        assertThat(value("1.2.3")).isEqualTo("1.2.3");
        assertThat(value("nan")).isEqualTo("nan");
    }

    @Test
    void quotedAndTaggedScalarsAreStrings() {
        assertThat(value("\"yes\"")).isEqualTo("yes");
        assertThat(value("'1'")).isEqualTo("1");
        assertThat(value("!!str 1")).isEqualTo("1");
        assertThat(value("! 1")).isEqualTo("1");
        assertThat(value("!!int \"12\"")).isEqualTo(12);
        assertThat(value("!!float 2")).isEqualTo(2.0);
        assertThat(value("|\n  a\n  b")).isEqualTo("a\nb\n");
        assertThat(value(">-\n  a\n  b")).isEqualTo("a b");
    }

    @Test
    void keysBecomeStrings() {
        // As kops' YAML-to-JSON step makes them: a YAML 1.1 "y" key is the boolean true, so "true".
        Map<String, Object> tree = KopsYaml.parse(HEAD + "data:\n  1: one\n  y: t\n  ~: n\n").get(0).tree();
        assertThat(List.copyOf(((Map<?, ?>) tree.get("data")).keySet())).isEqualTo(List.of("1", "true", "null"));
    }

    @Test
    void documentsAreObjectsInOrderAndEmptyOnesAreSkipped() {
        String text = "---\n# only a comment\n---\n" + HEAD + "---\n\n---\napiVersion: v1\nkind: Secret\n"
                + "metadata:\n  name: s\n  namespace: kube-system\n...\n";
        List<KubeObject> objects = KopsYaml.parse(text);
        assertThat(objects).extracting(KubeObject::toString)
                .containsExactly("ConfigMap c", "Secret kube-system/s");
        Manifest m = KopsYaml.parseManifest(text);
        assertThat(m.objects()).isEqualTo(objects);
        assertThat(KopsYaml.parse("")).isEmpty();
        assertThat(objects).isUnmodifiable();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTreeIsOrderedAndUnmodifiable() {
        Map<String, Object> tree = KopsYaml.parse("kind: K\napiVersion: v1\nz: [1]\na: {b: 2}\n").get(0).tree();
        assertThat(tree.keySet()).containsExactly("kind", "apiVersion", "z", "a");
        assertThatThrownBy(() -> tree.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<Object>) tree.get("z")).add(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<String, Object>) tree.get("a")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anchorsAliasesAndMergeKeysWork() {
        String text = HEAD + "base: &b {a: 1, b: 2}\nuse: *b\nmerged:\n  <<: *b\n  b: 3\nlist: [&s hello, *s]\n";
        Map<String, Object> tree = KopsYaml.parse(text).get(0).tree();
        assertThat(tree.get("use")).isSameAs(tree.get("base"));
        assertThat(tree.get("merged")).isEqualTo(Map.of("a", 1, "b", 3));
        assertThat(tree.get("list")).isEqualTo(List.of("hello", "hello"));
    }

    @Test
    void malformedYamlIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> KopsYaml.parse(HEAD + "data:\n  a: [1, 2\n  b: 3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed YAML")
                .hasMessageContaining("line");
        assertThatThrownBy(() -> KopsYaml.parse(HEAD + "x: \"unterminated\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> KopsYaml.parse(HEAD + "x: 1\nx: 2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key \"x\"")
                .hasMessageContaining("line 6");
    }

    @Test
    void documentsMustBeKubernetesObjects() {
        assertThatThrownBy(() -> KopsYaml.parse(HEAD + "---\n- a\n- b\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 2 (line 6) is not a mapping");
        assertThatThrownBy(() -> KopsYaml.parse("apiVersion: v1\nmetadata: {name: x}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document 1").hasMessageContaining("kind");
        assertThatThrownBy(() -> KopsYaml.parse("kind: Pod\napiVersion: 1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> KopsYaml.parse(HEAD + "? [a]\n: 1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key must be a scalar");
    }

    @Test
    void unknownTagsAreRejected() {
        assertThatThrownBy(() -> value("!custom x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported tag");
        assertThatThrownBy(() -> value("!!int abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read \"abc\" as !!int");
    }

    @Test
    void aliasBombsFailEarly() {
        StringBuilder bomb = new StringBuilder(HEAD + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                bomb.append(k > 0 ? ", " : "").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        assertThatThrownBy(() -> KopsYaml.parse(bomb.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(?s).*(aliases|expands to more than).*");
    }

    @Test
    void recursiveAliasesAndDeepNestingAreRejected() {
        assertThatThrownBy(() -> KopsYaml.parse(HEAD + "x: &r [*r]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refers to no complete anchor");
        String deep = HEAD + "x: " + "[".repeat(300) + "]".repeat(300) + "\n";
        assertThatThrownBy(() -> KopsYaml.parse(deep))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nesting deeper");
    }
}
