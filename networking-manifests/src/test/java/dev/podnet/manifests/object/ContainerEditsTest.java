package dev.podnet.manifests.object;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerEditsTest {
    static final KubeObject DS = KopsYaml.parse("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              template:
                spec:
                  containers:
                  - name: main
                    livenessProbe:
                      httpGet:
                        host: 127.0.0.1
                    volumeMounts:
                    - name: a
                    - name: b
                  initContainers:
                  - name: init
                  volumes:
                  - name: a
                  - name: b
            """).get(0);

    @Test
    void fieldSetsRemovesAndCanLeaveAbsentFieldsAlone() {
        KubeObject v6 = ContainerEdits.field(DS, "main", List.of("livenessProbe", "httpGet", "host"), "::1", true);
        assertThat(v6.get("spec.template.spec.containers[0].livenessProbe.httpGet.host")).contains("::1");
        assertThat(ContainerEdits.field(DS, "main", List.of("readinessProbe", "httpGet", "host"), "::1", true)).isSameAs(DS);
        KubeObject init = ContainerEdits.field(DS, "init", List.of("image"), "busybox", false);
        assertThat(init.get("spec.template.spec.initContainers[0].image")).contains("busybox");
        KubeObject gone = ContainerEdits.field(DS, "main", List.of("livenessProbe"), null, false);
        assertThat(gone.get("spec.template.spec.containers[0].livenessProbe")).isEmpty();
    }

    @Test
    void insertAfterPlacesItemsAfterTheNamedOneOrAtTheEnd() {
        KubeObject after = ContainerEdits.insertAfter(DS, "main", "volumeMounts", "a", List.of(Map.of("name", "x")));
        assertThat(after.get("spec.template.spec.containers[0].volumeMounts[1].name")).contains("x");
        assertThat(after.get("spec.template.spec.containers[0].volumeMounts[2].name")).contains("b");
        KubeObject end = ContainerEdits.insertAfter(DS, null, "volumes", "missing", List.of(Map.of("name", "x")));
        assertThat(end.get("spec.template.spec.volumes[2].name")).contains("x");
    }

    @Test
    void removeNamedDropsOnlyThatItem() {
        KubeObject out = ContainerEdits.removeNamed(DS, null, "volumes", "a");
        assertThat(out.get("spec.template.spec.volumes[0].name")).contains("b");
        assertThat(out.get("spec.template.spec.volumes[1]")).isEmpty();
        assertThat(ContainerEdits.removeNamed(DS, "main", "volumeMounts", "zzz")).isSameAs(DS);
    }
}
