package dev.podnet.manifests.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer's choices, each as go-yaml v2 (and so kops) makes it. */
class KopsYamlWriterTest {

    /** The text written for {@code {k: value}}, without the {@code "k: "} prefix and final newline. */
    private static String scalar(Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", value);
        String text = GoYamlEmitter.emit(m);
        assertThat(text).startsWith("k:").endsWith("\n");
        return text.substring(text.startsWith("k: ") ? 3 : 2, text.length() - 1);
    }

    @ParameterizedTest(name = "string {0} is double-quoted")
    @ValueSource(strings = {"1", "-1", "+1", "1.5", ".5", "1e3", "0x1F", "0o17", "0b101", "017", "08", "1_000",
        "true", "True", "TRUE", "false", "yes", "Yes", "no", "NO", "on", "On", "off", "OFF", "y", "Y", "n", "N",
        "null", "Null", "NULL", "~", ".inf", "-.Inf", ".nan", "2024-01-31", "2001-12-14t21:59:43.10-05:00",
        "2001-12-14 21:59:43.10", "1:20", "-1:30:00"})
    void stringsThatReadAsAnotherTypeAreDoubleQuoted(String s) {
        assertThat(scalar(s)).isEqualTo('"' + s + '"');
    }

    @Test
    void emptyStringIsDoubleQuoted() {
        assertThat(scalar("")).isEqualTo("\"\"");
    }

    @ParameterizedTest(name = "string {0} stays plain")
    @ValueSource(strings = {"calico", "1.2.3", "10.0.0.0/8", "v1.30.2", "nan", "inf", "yess", "onn", "0x", "0xZZ",
        "1e", "2024-13-01", "2023-02-30", "12:60", "k8s.io/app=x", "a:b", "a#b", "x-", "-x", "?x", "100m", "1Gi",
        "a b", "héllo", "日本", "it's", "say \"hi\"", "C:\\dir", "<<"})
    void ordinaryStringsArePlain(String s) {
        assertThat(scalar(s)).isEqualTo(s);
    }

    @ParameterizedTest(name = "string [{0}] is single-quoted")
    @ValueSource(strings = {"a: b", "- x", "-", ":", "? x", "*", "&a", "!tag", "|", ">", "%x", "@x", "`x", "#x",
        "a #b", "[x]", "{x}", ",x", "'x", "\"x", " lead", "trail ", "---", "...x", "description: 'APIVersion'"})
    void stringsPlainCannotCarryAreSingleQuoted(String s) {
        assertThat(scalar(s)).isEqualTo("'" + s.replace("'", "''") + "'");
    }

    @Test
    void specialCharactersAreEscapedInDoubleQuotes() {
        assertThat(scalar("a\tb")).isEqualTo("\"a\\tb\"");
        assertThat(scalar("bell\u0007")).isEqualTo("\"bell\\a\"");
        assertThat(scalar("nul\u0000")).isEqualTo("\"nul\\0\"");
        assertThat(scalar("del\u007f")).isEqualTo("\"del\\x7F\"");
        assertThat(scalar("nbsp\u00a0")).isEqualTo("nbsp\u00a0");
        assertThat(scalar("smile \uD83D\uDE00")).isEqualTo("\"smile \\U0001F600\"");
        assertThat(scalar("bom\uFEFF")).isEqualTo("\"bom\\uFEFF\"");
        assertThat(scalar("cr\r")).isEqualTo("\"cr\\r\"");
        assertThat(scalar("x\t\"q\" \\")).isEqualTo("\"x\\t\\\"q\\\" \\\\\"");
        assertThat(scalar("\t")).isEqualTo("\"\\t\"");
    }

    @Test
    void multiLineStringsAreLiteralBlocks() {
        assertThat(GoYamlEmitter.emit(Map.of("k", "a\nb"))).isEqualTo("k: |-\n  a\n  b\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "a\nb\n"))).isEqualTo("k: |\n  a\n  b\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "a\nb\n\n"))).isEqualTo("k: |+\n  a\n  b\n\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "\n"))).isEqualTo("k: |2+\n\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "a\n\nb"))).isEqualTo("k: |-\n  a\n\n  b\n");
        // A leading space or line break needs an explicit indentation indicator.
        assertThat(GoYamlEmitter.emit(Map.of("k", "  indented\nline"))).isEqualTo("k: |2-\n    indented\n  line\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "\nfirst"))).isEqualTo("k: |2-\n\n  first\n");
        // Tabs and lines with trailing spaces cannot be a block: double-quoted, \n escaped.
        assertThat(GoYamlEmitter.emit(Map.of("k", "a \nb"))).isEqualTo("k: \"a \\nb\"\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "a\n\tb"))).isEqualTo("k: \"a\\n\\tb\"\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", "a\nb "))).isEqualTo("k: \"a\\nb \"\n");
    }

    @Test
    void literalBlocksNestUnderTheirKey() {
        Map<String, Object> tree = Map.of("data", Map.of("cni.conf", "{\n  \"a\": 1\n}\n"));
        assertThat(GoYamlEmitter.emit(tree)).isEqualTo("data:\n  cni.conf: |\n    {\n      \"a\": 1\n    }\n");
        Map<String, Object> inList = Map.of("args", List.of("one\ntwo"));
        assertThat(GoYamlEmitter.emit(inList)).isEqualTo("args:\n- |-\n  one\n  two\n");
    }

    private static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "word"));
    }

    @Test
    void longPlainStringsFoldAtTheFirstSpaceAfterColumn80() {
        // "description: " is 13 columns; after 14 words the column is 82 > 80, so the line breaks there.
        String text = GoYamlEmitter.emit(Map.of("description", words(20)));
        assertThat(text).isEqualTo("description: " + words(14) + "\n  " + words(6) + "\n");
        assertThat(KopsYaml.parse("apiVersion: v1\nkind: X\n" + text).get(0).get("description"))
                .contains(words(20));
    }

    @Test
    void aWordLongerThanTheRoomStaysWhole() {
        String longWord = "x".repeat(120);
        assertThat(GoYamlEmitter.emit(Map.of("k", longWord + " tail"))).isEqualTo("k: " + longWord + "\n  tail\n");
        assertThat(GoYamlEmitter.emit(Map.of("k", longWord))).isEqualTo("k: " + longWord + "\n");
    }

    @Test
    void longQuotedStringsFoldToo() {
        String single = "a: " + words(20);
        // After "k: 'a:" (column 6) word n ends at column 6 + 5n: the first space past 80 follows word 15.
        assertThat(GoYamlEmitter.emit(Map.of("k", single)))
                .isEqualTo("k: 'a: " + words(15) + "\n  " + words(5) + "'\n");
        // In double quotes a folded space followed by another space is kept with an escape.
        String dbl = "\t" + words(16) + "  " + words(3);
        assertThat(GoYamlEmitter.emit(Map.of("k", dbl)))
                .isEqualTo("k: \"\\t" + words(16) + "\n  \\ " + words(3) + "\"\n");
    }

    @Test
    void keysDoNotFold() {
        String key = words(20);
        assertThat(GoYamlEmitter.emit(Map.of(key, 1))).isEqualTo(key + ": 1\n");
    }

    @Test
    void numbersBooleansAndNullAreWrittenAsGoDoes() {
        assertThat(scalar(1)).isEqualTo("1");
        assertThat(scalar(-42L)).isEqualTo("-42");
        assertThat(scalar(new BigInteger("18446744073709551615"))).isEqualTo("18446744073709551615");
        assertThat(scalar(true)).isEqualTo("true");
        assertThat(scalar(false)).isEqualTo("false");
        assertThat(scalar(null)).isEqualTo("null");
        // Through kops' JSON step an integral float becomes an integer.
        assertThat(scalar(2.0)).isEqualTo("2");
        assertThat(scalar(-0.0)).isEqualTo("0");
        assertThat(scalar(1e20)).isEqualTo("100000000000000000000");
        // Otherwise Go's strconv.FormatFloat(f, 'g', -1, 64).
        assertThat(scalar(0.5)).isEqualTo("0.5");
        assertThat(scalar(0.0025)).isEqualTo("0.0025");
        assertThat(scalar(0.0001)).isEqualTo("0.0001");
        assertThat(scalar(0.00001)).isEqualTo("1e-05");
        assertThat(scalar(1e-7)).isEqualTo("1e-07");
        assertThat(scalar(123456.5)).isEqualTo("123456.5");
        assertThat(scalar(1234567.5)).isEqualTo("1.2345675e+06");
        assertThat(scalar(1e21)).isEqualTo("1e+21");
        assertThat(scalar(-1.5e300)).isEqualTo("-1.5e+300");
        assertThat(scalar(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(scalar(Double.NaN)).isEqualTo(".nan");
        assertThat(scalar(Double.NEGATIVE_INFINITY)).isEqualTo("-.inf");
    }

    @Test
    void emptyCollectionsAreFlowAndNullIsNull() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("m", Map.of());
        tree.put("l", List.of());
        tree.put("none", null);
        tree.put("items", Arrays.asList(Map.of(), List.of(), null));
        assertThat(GoYamlEmitter.emit(tree)).isEqualTo("items:\n- {}\n- []\n- null\nl: []\nm: {}\nnone: null\n");
        assertThat(GoYamlEmitter.emit(Map.of())).isEqualTo("{}\n");
    }

    @Test
    void sequencesInMappingsAreNotIndentedButNestedOnesAre() {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", "x");
        container.put("ports", List.of(Map.of("containerPort", 80)));
        Map<String, Object> tree = Map.of("spec", Map.of("containers", List.of(container)),
                "matrix", List.of(List.of(1, 2), List.of()));
        assertThat(GoYamlEmitter.emit(tree)).isEqualTo(
                "matrix:\n- - 1\n  - 2\n- []\n"
                        + "spec:\n  containers:\n  - name: x\n    ports:\n    - containerPort: 80\n");
    }

    @Test
    void keysAreSortedInGoYamlOrder() {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String k : List.of("b", "a10", "a9", "XA", "X_", "A", "_z", "a", "1", "10", "2")) {
            tree.put(k, 0);
        }
        // Digits compare by value, and non-letters sort before letters.
        assertThat(GoYamlEmitter.emit(tree).lines().map(l -> l.substring(0, l.indexOf(':'))).toList())
                .containsExactly("_z", "\"1\"", "\"2\"", "\"10\"", "A", "X_", "XA", "a", "a9", "a10", "b");
    }

    @Test
    void keysThatReadAsAnotherTypeAreQuotedToo() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("n", 1);
        tree.put("on", 2);
        tree.put("80", 3);
        tree.put("a: b", 4);
        assertThat(GoYamlEmitter.emit(tree)).isEqualTo("\"80\": 3\n'a: b': 4\n\"n\": 1\n\"on\": 2\n");
    }

    @Test
    void longKeysUseTheExplicitKeyForm() {
        String key = "k".repeat(129);
        assertThat(GoYamlEmitter.emit(Map.of(key, "v"))).isEqualTo("? " + key + "\n: v\n");
        assertThat(GoYamlEmitter.emit(Map.of("a\nb", "v"))).isEqualTo("? |-\n  a\n  b\n: v\n");
    }

    @Test
    void documentsAreSeparatedAsKopsDoes() {
        KubeObject a = KubeObject.of(Map.of("apiVersion", "v1", "kind", "ServiceAccount",
                "metadata", Map.of("name", "a")));
        KubeObject b = KubeObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", "b"), "data", Map.of("x", "1\n")));
        assertThat(KopsYaml.write(List.of(a, b))).isEqualTo(
                "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n"
                        + "\n---\n\n"
                        + "apiVersion: v1\ndata:\n  x: |\n    1\nkind: ConfigMap\nmetadata:\n  name: b\n");
        assertThat(KopsYaml.write(List.of())).isEmpty();
        assertThat(KopsYaml.write(List.of(a))).doesNotStartWith("---").endsWith("name: a\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'x: 1'       | 'x: 1'",
        "'x: \"1\"'   | 'x: \"1\"'",
        "'x: yes'     | 'x: true'",
        "'x: 0x1F'    | 'x: 31'",
        "'x: 1.0'     | 'x: 1'",
        "'x: 1e3'     | 'x: 1000'",
        "'x: \"a: b\"' | 'x: ''a: b'''",
        "'x: [a, b]'  | 'x:\n- a\n- b'",
        "'x: {b: 1, a: 2}' | 'x:\n  a: 2\n  b: 1'",
        "'x: ~'       | 'x: null'",
        "'x:'         | 'x: null'",
    })
    void readingThenWritingNormalizesAsKopsDoes(String in, String out) {
        String doc = "apiVersion: v1\nkind: K\n";
        String written = KopsYaml.write(KopsYaml.parse(doc + in + "\n"));
        assertThat(written).isEqualTo("apiVersion: v1\nkind: K\n" + out + "\n");
    }

    @Test
    void deepTreesAreWrittenWithoutTrouble() {
        Object node = "leaf";
        for (int i = 0; i < 200; i++) {
            List<Object> l = new ArrayList<>();
            l.add(Map.of("k", node));
            node = l;
        }
        assertThat(GoYamlEmitter.emit(Map.of("root", node))).contains("leaf");
    }
}
