package dev.podnet.manifests.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {

    private static KubeObject object(String kind, String namespace, String name) {
        Map<String, Object> metadata = namespace == null ? Map.of("name", name)
                : Map.of("name", name, "namespace", namespace);
        return KubeObject.of(Map.of("apiVersion", "v1", "kind", kind, "metadata", metadata));
    }

    private static Manifest calico() {
        return KopsYaml.parseManifest(KubeObjectTest.CONFIG_MAP + "---\n" + KubeObjectTest.DAEMON_SET);
    }

    @Test
    void findsObjectsByKindAndName() {
        Manifest m = calico();
        assertThat(m.objects()).extracting(KubeObject::toString)
                .containsExactly("ConfigMap kube-system/calico-config", "DaemonSet kube-system/calico-node");
        assertThat(m.find("DaemonSet", "calico-node")).contains(m.objects().get(1));
        assertThat(m.find("DaemonSet", "calico-config")).isEmpty();
        assertThat(m.get("ConfigMap", "calico-config")).isSameAs(m.objects().get(0));
        assertThat(m.findAll("DaemonSet")).hasSize(1);
        assertThatThrownBy(() -> m.get("Deployment", "calico-kube-controllers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the manifest has no Deployment named \"calico-kube-controllers\"");
    }

    @Test
    void aNameInTwoNamespacesIsAmbiguous() {
        Manifest m = Manifest.of(object("Role", "a", "r"), object("Role", "b", "r"));
        assertThatThrownBy(() -> m.find("Role", "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several Role objects named \"r\": Role a/r and Role b/r");
    }

    @Test
    void editReplacesOneObjectAndSharesTheOthers() {
        Manifest m = calico();
        Manifest edited = m.edit("DaemonSet", "calico-node", ds -> ds.withImage("calico-node", "calico/node:v3.27.0"));
        assertThat(edited.objects().get(0)).isSameAs(m.objects().get(0));
        assertThat(edited.get("DaemonSet", "calico-node").container("calico-node").get().get("image"))
                .isEqualTo("calico/node:v3.27.0");
        assertThat(m.get("DaemonSet", "calico-node").container("calico-node").get().get("image"))
                .isEqualTo("calico/node:v3.26.0");
        assertThat(m.edit("ConfigMap", "calico-config", cm -> cm)).isSameAs(m);
        assertThatThrownBy(() -> m.edit("ConfigMap", "nope", cm -> cm)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withAddsOrReplacesInPlace() {
        Manifest m = Manifest.of(object("ServiceAccount", "kube-system", "a"), object("ClusterRole", null, "b"));
        KubeObject replacement = object("ServiceAccount", "kube-system", "a").withLabel("x", "y");
        Manifest replaced = m.with(replacement);
        assertThat(replaced.objects()).hasSize(2);
        assertThat(replaced.objects().get(0)).isSameAs(replacement);
        Manifest added = m.with(object("ServiceAccount", "other", "a"));
        assertThat(added.objects()).extracting(KubeObject::toString)
                .containsExactly("ServiceAccount kube-system/a", "ClusterRole b", "ServiceAccount other/a");
        assertThat(m.with(m.objects().get(1))).isSameAs(m);
        assertThat(m.objects()).hasSize(2);
    }

    @Test
    void withoutRemoves() {
        Manifest m = calico();
        assertThat(m.without("ConfigMap", "calico-config").objects()).extracting(KubeObject::kind)
                .containsExactly("DaemonSet");
        assertThat(m.without("ConfigMap", "calico-config").without("DaemonSet", "calico-node").objects()).isEmpty();
        assertThatThrownBy(() -> m.without("Secret", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writtenTextReusesUntouchedObjects() {
        Manifest m = calico();
        String before = KopsYaml.write(m);
        String configMapText = m.objects().get(0).toYaml();
        Manifest edited = m.edit("DaemonSet", "calico-node", ds -> ds.withEnv("calico-node", "FELIX_LOGSEVERITYSCREEN", "debug"));
        String after = KopsYaml.write(edited);
        assertThat(edited.objects().get(0).toYaml()).isSameAs(configMapText);
        assertThat(after).startsWith(configMapText + "\n---\n\n").contains("value: debug").isNotEqualTo(before);
    }

    @Test
    void valueSemantics() {
        assertThat(calico()).isEqualTo(calico()).hasSameHashCodeAs(calico());
        assertThat(Manifest.of(List.of())).isEqualTo(Manifest.of());
        assertThat(calico().objects()).isUnmodifiable();
    }
}
