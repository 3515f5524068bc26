package dev.podnet.manifests.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.manifests.yaml.KopsYaml;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeObjectTest {

    static final String DAEMON_SET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: calico-node
              namespace: kube-system
              labels:
                k8s-app: calico-node
            spec:
              selector:
                matchLabels:
                  k8s-app: calico-node
              template:
                metadata:
                  labels:
                    k8s-app: calico-node
                spec:
                  hostNetwork: true
                  initContainers:
                  - name: install-cni
                    image: calico/cni:v3.26.0
                    command: ["/opt/cni/bin/install"]
                  containers:
                  - name: calico-node
                    image: calico/node:v3.26.0
                    args: ["--felix"]
                    env:
                    - name: DATASTORE_TYPE
                      value: kubernetes
                    - name: NODENAME
                      valueFrom:
                        fieldRef:
                          fieldPath: spec.nodeName
                    - name: FELIX_LOGSEVERITYSCREEN
                      value: info
                    resources:
                      requests:
                        cpu: 100m
                  - name: sidecar
                    image: busybox
            """;

    static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: calico-config
              namespace: kube-system
            data:
              typha_service_name: none
              veth_mtu: "1440"
            """;

    static KubeObject ds() {
        return KopsYaml.parse(DAEMON_SET).get(0);
    }

    static KubeObject cm() {
        return KopsYaml.parse(CONFIG_MAP).get(0);
    }

    @Test
    void identity() {
        KubeObject ds = ds();
        assertThat(ds.apiVersion()).isEqualTo("apps/v1");
        assertThat(ds.kind()).isEqualTo("DaemonSet");
        assertThat(ds.name()).isEqualTo("calico-node");
        assertThat(ds.namespace()).contains("kube-system");
        assertThat(ds).hasToString("DaemonSet kube-system/calico-node");
        KubeObject role = KubeObject.of(Map.of("apiVersion", "rbac.authorization.k8s.io/v1", "kind", "ClusterRole",
                "metadata", Map.of("name", "calico")));
        assertThat(role.namespace()).isEmpty();
        assertThat(role).hasToString("ClusterRole calico");
        assertThat(KubeObject.of(Map.of("apiVersion", "v1", "kind", "List")).name()).isEmpty();
    }

    @Test
    void ofCopiesAndNormalizesTheTree() {
        Map<String, Object> labels = new HashMap<>();
        labels.put("a", "b");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("apiVersion", "v1");
        tree.put("kind", "Service");
        tree.put("metadata", Map.of("name", "s", "labels", labels));
        tree.put("spec", Map.of("ports", List.of(Map.of("port", 53L, "weight", 0.5f))));
        KubeObject svc = KubeObject.of(tree);
        labels.put("c", "d");
        assertThat(svc.get("metadata.labels")).contains(Map.of("a", "b"));
        assertThat(svc.get("spec.ports[0].port")).contains(53);
        assertThat(svc.get("spec.ports[0].weight")).contains(0.5);
        assertThatThrownBy(() -> KubeObject.of(Map.of("apiVersion", "v1", "kind", "X", "when", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported value type");
        assertThatThrownBy(() -> KubeObject.of(Map.of("apiVersion", "v1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> KubeObject.of(Map.of("apiVersion", "v1", "kind", "X", "metadata", "m")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata");
    }

    @Test
    void getReadsPaths() {
        KubeObject ds = ds();
        assertThat(ds.get("spec.template.spec.hostNetwork")).contains(true);
        assertThat(ds.get("spec.template.spec.containers[0].env[1].valueFrom.fieldRef.fieldPath"))
                .contains("spec.nodeName");
        assertThat(ds.get("spec.template.spec.containers[9]")).isEmpty();
        assertThat(ds.get("spec.missing.deeper")).isEmpty();
        assertThat(ds.get("metadata[\"labels\"]['k8s-app']")).contains("calico-node");
        assertThatThrownBy(() -> ds.get("spec..x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad path");
        assertThatThrownBy(() -> ds.get("spec.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ds.get("a[x]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containersAreFoundInContainersAndInitContainers() {
        KubeObject ds = ds();
        assertThat(ds.containerNames()).containsExactly("calico-node", "sidecar", "install-cni");
        assertThat(ds.container("install-cni")).hasValueSatisfying(c ->
                assertThat(c.get("image")).isEqualTo("calico/cni:v3.26.0"));
        assertThat(ds.container("nope")).isEmpty();
        assertThatThrownBy(() -> cm().container("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfigMap kube-system/calico-config has no pod template (it is not a workload)");
    }

    @Test
    void withImage() {
        KubeObject ds = ds();
        KubeObject edited = ds.withImage("calico-node", "calico/node:v3.27.0").withImage("install-cni", "cni:2");
        assertThat(edited.get("spec.template.spec.containers[0].image")).contains("calico/node:v3.27.0");
        assertThat(edited.get("spec.template.spec.initContainers[0].image")).contains("cni:2");
        // The original is untouched, and untouched subtrees are shared, not copied.
        assertThat(ds.get("spec.template.spec.containers[0].image")).contains("calico/node:v3.26.0");
        assertThat(edited.tree().get("metadata")).isSameAs(ds.tree().get("metadata"));
        assertThat(edited.get("spec.selector").get()).isSameAs(ds.get("spec.selector").get());
        assertThat(edited.get("spec.template.spec.containers[1]").get())
                .isSameAs(ds.get("spec.template.spec.containers[1]").get());
        // An edit that changes nothing gives back the same object.
        assertThat(ds.withImage("calico-node", "calico/node:v3.26.0")).isSameAs(ds);
    }

    @Test
    void withImagesIsWithImageContainerByContainer() {
        KubeObject ds = ds();
        Map<String, String> images = new java.util.LinkedHashMap<>();
        images.put("install-cni", "cni:2");
        images.put("calico-node", "calico/node:v3.27.0");
        images.put("sidecar", "sidecar:9");
        KubeObject one = ds.withImage("install-cni", "cni:2").withImage("calico-node", "calico/node:v3.27.0")
                .withImage("sidecar", "sidecar:9");
        KubeObject batch = ds.withImages(images);
        assertThat(batch).isEqualTo(one);
        assertThat(batch.toYaml()).isEqualTo(one.toYaml());
        // untouched subtrees are shared; an edit that changes nothing gives back the same object
        assertThat(batch.tree().get("metadata")).isSameAs(ds.tree().get("metadata"));
        assertThat(batch.get("spec.selector").get()).isSameAs(ds.get("spec.selector").get());
        assertThat(ds.withImages(Map.of("calico-node", "calico/node:v3.26.0", "install-cni",
                String.valueOf(ds.get("spec.template.spec.initContainers[0].image").get())))).isSameAs(ds);
        // one container changed, the other not: only the changed one is a new node
        KubeObject half = ds.withImages(Map.of("calico-node", "calico/node:v3.26.0", "sidecar", "sidecar:9"));
        assertThat(half).isEqualTo(ds.withImage("sidecar", "sidecar:9"));
        assertThat(half.get("spec.template.spec.containers[0]").get())
                .isSameAs(ds.get("spec.template.spec.containers[0]").get());
        assertThatThrownBy(() -> ds.withImages(Map.of("calico-node", "x", "calico-kube-controllers", "y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DaemonSet kube-system/calico-node has no container \"calico-kube-controllers\" "
                        + "(containers: calico-node, sidecar; initContainers: install-cni)");
    }

    @Test
    void editsThatMissNameTheObjectAndTheContainer() {
        assertThatThrownBy(() -> ds().withImage("calico-kube-controllers", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DaemonSet kube-system/calico-node has no container \"calico-kube-controllers\" "
                        + "(containers: calico-node, sidecar; initContainers: install-cni)");
        assertThatThrownBy(() -> cm().withEnv("c", "A", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ConfigMap kube-system/calico-config");
        assertThatThrownBy(() -> ds().withData("k", "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DaemonSet kube-system/calico-node is not a ConfigMap");
    }

    @Test
    void withEnvReplacesInPlaceOrAppendsAndKeepsValueFrom() {
        KubeObject ds = ds();
        KubeObject edited = ds.withEnv("calico-node", "FELIX_LOGSEVERITYSCREEN", "debug")
                .withEnv("calico-node", "CALICO_IPV4POOL_CIDR", "100.96.0.0/11")
                .withEnv("sidecar", "X", "1");
        assertThat(edited.get("spec.template.spec.containers[0].env")).contains(List.of(
                Map.of("name", "DATASTORE_TYPE", "value", "kubernetes"),
                Map.of("name", "NODENAME", "valueFrom", Map.of("fieldRef", Map.of("fieldPath", "spec.nodeName"))),
                Map.of("name", "FELIX_LOGSEVERITYSCREEN", "value", "debug"),
                Map.of("name", "CALICO_IPV4POOL_CIDR", "value", "100.96.0.0/11")));
        assertThat(edited.get("spec.template.spec.containers[1].env"))
                .contains(List.of(Map.of("name", "X", "value", "1")));
        // Setting a value where there was a valueFrom replaces the source.
        assertThat(ds.withEnv("calico-node", "NODENAME", "n1").get("spec.template.spec.containers[0].env[1]"))
                .contains(Map.of("name", "NODENAME", "value", "n1"));
        assertThat(ds.withEnv("calico-node", "DATASTORE_TYPE", "kubernetes")).isSameAs(ds);
    }

    @Test
    void withEnvValueFrom() {
        KubeObject edited = ds().withEnvValueFrom("calico-node", "POD_IP",
                Map.of("fieldRef", Map.of("fieldPath", "status.podIP")));
        assertThat(edited.get("spec.template.spec.containers[0].env[3]")).contains(
                Map.of("name", "POD_IP", "valueFrom", Map.of("fieldRef", Map.of("fieldPath", "status.podIP"))));
    }

    @Test
    void withoutEnv() {
        KubeObject ds = ds();
        KubeObject edited = ds.withoutEnv("calico-node", "NODENAME");
        assertThat(edited.container("calico-node").get().get("env")).isEqualTo(List.of(
                Map.of("name", "DATASTORE_TYPE", "value", "kubernetes"),
                Map.of("name", "FELIX_LOGSEVERITYSCREEN", "value", "info")));
        assertThat(ds.withoutEnv("calico-node", "ABSENT")).isSameAs(ds);
        assertThat(ds.withoutEnv("sidecar", "ABSENT")).isSameAs(ds);
    }

    @Test
    void withArgs() {
        KubeObject edited = ds().withArgs("calico-node", List.of("--felix", "--bird")).withArgs("sidecar", List.of("-v"));
        assertThat(edited.get("spec.template.spec.containers[0].args")).contains(List.of("--felix", "--bird"));
        assertThat(edited.get("spec.template.spec.containers[1].args")).contains(List.of("-v"));
        assertThat(edited.toYaml()).contains("\n      - args:\n        - --felix\n        - --bird\n");
    }

    @Test
    void withResources() {
        Map<String, Object> resources = Map.of("requests", Map.of("cpu", "250m", "memory", "64Mi"),
                "limits", Map.of("memory", "128Mi"));
        KubeObject edited = ds().withResources("calico-node", resources);
        assertThat(edited.get("spec.template.spec.containers[0].resources")).contains(resources);
        assertThat(edited.toYaml()).contains("""
                        resources:
                          limits:
                            memory: 128Mi
                          requests:
                            cpu: 250m
                            memory: 64Mi
                """);
    }

    @Test
    void configMapData() {
        KubeObject cm = cm();
        KubeObject edited = cm.withData("veth_mtu", "8981").withData("cni_network_config", "{\n  \"a\": 1\n}");
        assertThat(edited.get("data.veth_mtu")).contains("8981");
        assertThat(edited.toYaml()).isEqualTo("""
                apiVersion: v1
                data:
                  cni_network_config: |-
                    {
                      "a": 1
                    }
                  typha_service_name: none
                  veth_mtu: "8981"
                kind: ConfigMap
                metadata:
                  name: calico-config
                  namespace: kube-system
                """);
        assertThat(edited.withoutData("typha_service_name").get("data.typha_service_name")).isEmpty();
        assertThat(cm.withoutData("absent")).isSameAs(cm);
        KubeObject empty = KubeObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", Map.of("name", "e")));
        assertThat(empty.withData("k", "v").get("data.k")).contains("v");
    }

    @Test
    void labelsAndAnnotationsOnTheObjectAndThePodTemplate() {
        KubeObject edited = ds().withLabel("addon.kops.k8s.io/name", "networking.projectcalico.org")
                .withAnnotation("kubectl.kubernetes.io/default-container", "calico-node")
                .withPodLabel("app.kubernetes.io/managed-by", "kops")
                .withPodAnnotation("prometheus.io/scrape", "true");
        assertThat(edited.get("metadata.labels")).contains(Map.of("k8s-app", "calico-node",
                "addon.kops.k8s.io/name", "networking.projectcalico.org"));
        assertThat(edited.get("metadata.annotations")).contains(
                Map.of("kubectl.kubernetes.io/default-container", "calico-node"));
        assertThat(edited.get("spec.template.metadata.labels")).contains(Map.of("k8s-app", "calico-node",
                "app.kubernetes.io/managed-by", "kops"));
        assertThat(edited.get("spec.template.metadata.annotations['prometheus.io/scrape']")).contains("true");
        assertThat(edited.toYaml()).contains("      annotations:\n        prometheus.io/scrape: \"true\"\n");
        assertThatThrownBy(() -> cm().withPodLabel("a", "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no pod template");
    }

    @Test
    void podTemplatesOfOtherWorkloadKinds() {
        Map<String, Object> container = Map.of("name", "c", "image", "i");
        Map<String, Object> podSpec = Map.of("containers", List.of(container));
        KubeObject pod = KubeObject.of(Map.of("apiVersion", "v1", "kind", "Pod", "metadata", Map.of("name", "p"),
                "spec", podSpec));
        assertThat(pod.withImage("c", "j").get("spec.containers[0].image")).contains("j");
        assertThat(pod.withPodLabel("a", "b").get("metadata.labels.a")).contains("b");
        KubeObject cron = KubeObject.of(Map.of("apiVersion", "batch/v1", "kind", "CronJob",
                "metadata", Map.of("name", "cj"),
                "spec", Map.of("jobTemplate", Map.of("spec", Map.of("template", Map.of("spec", podSpec))))));
        assertThat(cron.withImage("c", "j").get("spec.jobTemplate.spec.template.spec.containers[0].image"))
                .contains("j");
        for (String kind : List.of("Deployment", "StatefulSet", "Job", "ReplicaSet")) {
            KubeObject w = KubeObject.of(Map.of("apiVersion", "apps/v1", "kind", kind, "metadata", Map.of("name", "w"),
                    "spec", Map.of("template", Map.of("spec", podSpec))));
            assertThat(w.withImage("c", "j").get("spec.template.spec.containers[0].image")).contains("j");
        }
    }

    @Test
    void withAnyPath() {
        KubeObject ds = ds();
        KubeObject edited = ds.with("spec.template.spec.hostNetwork", false)
                .with("spec.updateStrategy.rollingUpdate.maxUnavailable", 1)
                .with("spec.template.spec.containers[1].image", "busybox:1.36")
                .with(List.of("metadata", "annotations", "a.b/c"), "d")
                .with("spec.template.spec.priorityClassName", null);
        assertThat(edited.get("spec.template.spec.hostNetwork")).contains(false);
        assertThat(edited.get("spec.updateStrategy")).contains(Map.of("rollingUpdate", Map.of("maxUnavailable", 1)));
        assertThat(edited.get("spec.template.spec.containers[1].image")).contains("busybox:1.36");
        assertThat(edited.get("metadata.annotations[\"a.b/c\"]")).contains("d");
        assertThat(edited.toYaml()).contains("      priorityClassName: null\n");
        assertThat(ds.with("spec.template.spec.hostNetwork", true)).isSameAs(ds);
        assertThatThrownBy(() -> ds.with("spec.template.spec.containers[5].image", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DaemonSet kube-system/calico-node: spec.template.spec.containers[5] does not exist");
        assertThatThrownBy(() -> ds.with("metadata.name.first", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DaemonSet kube-system/calico-node: metadata.name is not a mapping");
        assertThatThrownBy(() -> ds.with(List.of("a", -1), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnyPath() {
        KubeObject ds = ds();
        KubeObject edited = ds.without("spec.template.spec.hostNetwork").without("spec.template.spec.containers[1]");
        assertThat(edited.get("spec.template.spec.hostNetwork")).isEmpty();
        assertThat(edited.containerNames()).containsExactly("calico-node", "install-cni");
        assertThat(ds.without("spec.nothing.here")).isSameAs(ds);
        assertThat(ds.without("spec.template.spec.containers[7]")).isSameAs(ds);
        assertThat(ds.without(List.of("metadata", "labels", "k8s-app")).get("metadata.labels")).contains(Map.of());
    }

    @Test
    void renderedTextIsCachedPerObjectAndRedoneAfterAnEdit() {
        KubeObject ds = ds();
        String text = ds.toYaml();
        assertThat(ds.toYaml()).isSameAs(text);
        KubeObject edited = ds.withImage("sidecar", "busybox:2");
        assertThat(edited.toYaml()).isNotEqualTo(text).contains("image: busybox:2");
        assertThat(ds.toYaml()).isSameAs(text);
    }

    @Test
    void equalityIsByTree() {
        assertThat(ds()).isEqualTo(ds()).hasSameHashCodeAs(ds());
        assertThat(ds().withImage("sidecar", "x")).isNotEqualTo(ds());
        assertThat(ds().withImage("sidecar", "x").withImage("sidecar", "busybox")).isEqualTo(ds());
    }
}
