package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Output is safe by construction (issue 12, item 2): every string of a payload catalogue, written
 * as a value and as a key in the completed spec ({@link ClusterYaml#write}) and in a manifest
 * (go-yaml faithful {@link KopsYaml#write}), is read back as the same string by a YAML 1.2 reader
 * (snakeyaml-engine, core schema) and by an independent YAML 1.1 reader (SnakeYAML, which reads
 * {@code on}, {@code 0777}, {@code 1:30}, {@code 2001-12-14} and NEL as kops' go-yaml does).
 */
class OutputRoundTripTest {
    static List<String> catalogue() {
        List<String> p = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) p.add("a" + c + "b");
        for (char c = 0x7f; c <= 0x9f; c++) p.add("a" + c + "b");
        p.addAll(List.of("\u0085", "a\u0085---\u0085apiVersion: v1\u0085kind: Secret", "a\u2028b", "a\u2029b", "\u2028",
                "\ufeff", "\ufeffstart", "mid\ufeff", "\ufffe", "\u00a0nbsp\u00a0", "tab\there", "\ttab", "multi\nline",
                "multi\nline\n", "trailing\n\n", "\n", "cr\rlf", "cr\r\n"));
        p.addAll(List.of("on", "On", "ON", "off", "Off", "OFF", "yes", "Yes", "YES", "no", "No", "NO", "y", "Y", "n", "N",
                "true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL", "", " ", "0777", "0o17",
                "0x1F", "0X1F", "0b101", "1_000", "1:30", "-1:30", "1:30.5", "190:20:30", "2001-12-14",
                "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14", ".Inf", ".inf", "-.inf",
                "+.INF", ".NaN", ".nan", ".5", "-.5", "+12", "-0", "0", "12", "1e3", "1E3", "1.0e+3", "1.", "6.8523015e+5",
                "685.230_15e+03", "685_230.15", "0.", "+0.5", "<<", "=", "1.2.3", "1.30.2", "100m", "10.0.0.0/8"));
        p.addAll(List.of("- a", "-", "--", "---", "...", "? x", "?", ": y", ":", "a: b", "a:b", "a #b", "a#b", "#c",
                "&a", "*a", "!t", "!!str", "|", ">", "%", "@", "`", "'q'", "\"dq\"", "'", "\"", "\\", "[", "]", "{",
                "}", ",", "[a, b]", "{a: b}", " lead", "trail ", "caf\u00e9 \u2713 \u65e5\u672c \ud83d\ude00",
                "x".repeat(300), "a\\nb", "\\u0085"));
        return p;
    }

    static Object yaml12(String text) {
        return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
    }

    static Object yaml11(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @Test
    void completedSpecReadsBackTheSameStringEverywhere() {
        Cluster base = ClusterYaml.read(CliTest.CALICO);
        List<String> failures = new ArrayList<>();
        for (String s : catalogue()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("payload", s);
            extra.put("k" + s, "key");
            extra.put("list", List.of(s));
            Cluster c = base.toBuilder().extraSpec(extra).build();
            String text = ClusterYaml.write(c);
            for (String reader : List.of("1.2", "1.1", "podnet")) {
                Map<?, ?> spec;
                try {
                    spec = switch (reader) {
                        case "1.2" -> (Map<?, ?>) ((Map<?, ?>) yaml12(text)).get("spec");
                        case "1.1" -> (Map<?, ?>) ((Map<?, ?>) yaml11(text)).get("spec");
                        default -> ClusterYaml.toMap(ClusterYaml.read(text)).get("spec") instanceof Map<?, ?> m ? m : Map.of();
                    };
                } catch (RuntimeException e) {
                    failures.add(reader + " cannot read " + describe(s) + ": " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                if (!s.equals(spec.get("payload")) || !"key".equals(spec.get("k" + s)) || !List.of(s).equals(spec.get("list"))) {
                    failures.add(reader + " reads " + describe(s) + " back as " + spec.get("payload") + " / "
                            + spec.get("list"));
                }
            }
            assertThat(text).doesNotContain("\u0085", "\u2028", "\u2029", "\ufeff", "\u007f");
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Strings kops' go-yaml v2 writes plain although a YAML 1.1 reader may read them otherwise
     * ({@code <<} as a merge key, a timestamp go-yaml does not parse): the manifest writer keeps
     * kops' bytes for them (its go-yaml conformance tests check so); the completed spec quotes them.
     */
    static final List<String> KOPS_WRITES_PLAIN = List.of("<<", "2001-12-14 21:59:43.10 -5");

    @Test
    void manifestKeepsKopsPlainFormForTheKnownExceptions() {
        for (String s : KOPS_WRITES_PLAIN) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("apiVersion", "v1");
            tree.put("kind", "ConfigMap");
            tree.put("data", Map.of("payload", s));
            assertThat(KopsYaml.write(List.of(KubeObject.of(tree)))).contains("  payload: " + s + "\n");
        }
    }

    @Test
    void manifestReadsBackTheSameStringEverywhere() {
        List<String> failures = new ArrayList<>();
        for (String s : catalogue()) {
            if (KOPS_WRITES_PLAIN.contains(s)) continue;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("payload", s);
            data.put("k" + s, "key");
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("apiVersion", "v1");
            tree.put("kind", "ConfigMap");
            tree.put("metadata", Map.of("name", "x", "namespace", "kube-system"));
            tree.put("data", data);
            String text;
            try {
                text = KopsYaml.write(List.of(KubeObject.of(tree)));
            } catch (RuntimeException e) {
                failures.add("cannot write " + describe(s) + ": " + e.getMessage());
                continue;
            }
            for (String reader : List.of("1.2", "1.1")) {
                try {
                    Map<?, ?> back = (Map<?, ?>) ((Map<?, ?>) (reader.equals("1.2") ? yaml12(text) : yaml11(text))).get("data");
                    if (!s.equals(back.get("payload")) || !"key".equals(back.get("k" + s))) {
                        failures.add(reader + " reads " + describe(s) + " back as " + describe(String.valueOf(back.get("payload"))));
                    }
                } catch (RuntimeException e) {
                    failures.add(reader + " cannot read " + describe(s) + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    static String describe(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c > 0x7e) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
