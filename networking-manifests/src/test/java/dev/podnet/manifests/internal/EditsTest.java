package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditsTest {

    private static Map<String, Object> env(String name, Object value) {
        return Map.of("name", name, "value", value);
    }

    private static KubeObject daemonSet() {
        Map<String, Object> main = Map.of("name", "node", "image", "x:1", "env", List.of(env("A", "1"), env("B", "2"),
                Map.of("name", "C", "valueFrom", Map.of("fieldRef", Map.of("fieldPath", "spec.nodeName"))), env("D", 4)));
        Map<String, Object> init = Map.of("name", "install", "image", "y:1", "env", List.of(env("A", "1"), env("E", "5")));
        return KubeObject.of(Map.of("apiVersion", "apps/v1", "kind", "DaemonSet", "metadata", Map.of("name", "ds"),
                "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "other", "image", "o:1"), main),
                        "initContainers", List.of(init))))));
    }

    private static KubeObject oneByOne(KubeObject o, String container, Map<String, String> values) {
        KubeObject out = o;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = Edits.envIfPresent(out, container, e.getKey(), e.getValue());
        }
        return out;
    }

    @Test
    void settingSeveralVariablesAtOnceGivesWhatSettingThemOneByOneGives() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("B", "two");
        values.put("Z", "absent, so not added");
        values.put("C", "replaces valueFrom");
        values.put("D", "4");
        values.put("A", "1");
        for (String container : List.of("node", "install", "missing")) {
            KubeObject o = daemonSet();
            KubeObject batch = Edits.envsIfPresent(o, container, values);
            assertThat(batch).as(container).isEqualTo(oneByOne(o, container, values));
            assertThat(batch.toYaml()).as(container).isEqualTo(oneByOne(o, container, values).toYaml());
        }
        KubeObject o = daemonSet();
        assertThat(Edits.envsIfPresent(o, "node", values).toYaml()).contains("value: two", "value: replaces valueFrom",
                "value: \"4\"").doesNotContain("absent");
    }

    @Test
    void valuesTheContainerHasAlreadyLeaveTheSameObject() {
        KubeObject o = daemonSet();
        assertThat(Edits.envsIfPresent(o, "node", Map.of("A", "1", "B", "2", "Y", "no"))).isSameAs(o);
        assertThat(Edits.envsIfPresent(o, "missing", Map.of("A", "9"))).isSameAs(o);
    }
}
