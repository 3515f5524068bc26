package dev.podnet.testkit;

import dev.podnet.api.render.ChannelEntry;
import dev.podnet.api.render.RenderedAddon;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small hand-built Calico-like addon, so the assertions are tested without podnet's engines. */
final class Addons {
    private Addons() {
    }

    /** A map in the order written, as YAML reads one. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    static RenderedAddon calico() {
        Map<String, Object> config = map("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", map("name", "calico-config", "namespace", "kube-system"),
                "data", map("calico_backend", "bird", "typha_service_name", "none", "veth_mtu", "8981"));
        List<Map<String, Object>> env = List.of(
                map("name", "DATASTORE_TYPE", "value", "kubernetes"),
                map("name", "FELIX_TYPHAK8SSERVICENAME", "valueFrom",
                        map("configMapKeyRef", map("name", "calico-config", "key", "typha_service_name"))),
                map("name", "CALICO_IPV4POOL_IPIP", "value", "Never"),
                map("name", "CALICO_IPV4POOL_VXLAN", "value", "CrossSubnet"),
                map("name", "FELIX_IPINIPMTU", "valueFrom",
                        map("configMapKeyRef", map("name", "calico-config", "key", "veth_mtu"))));
        Map<String, Object> node = map("apiVersion", "apps/v1", "kind", "DaemonSet",
                "metadata", map("name", "calico-node", "namespace", "kube-system",
                        "labels", map("k8s-app", "calico-node", "addon.kops.k8s.io/name", "networking.projectcalico.org")),
                "spec", map("template", map("spec", map(
                        "hostNetwork", true,
                        "priorityClassName", "system-node-critical",
                        "containers", List.of(map("name", "calico-node", "image", "docker.io/calico/node:v3.28.1",
                                "env", env, "args", List.of("--v=2", "--mtu=1440"),
                                "volumeMounts", List.of(map("name", "lib-modules", "mountPath", "/lib/modules")))),
                        "initContainers", List.of(map("name", "install-cni", "image", "docker.io/calico/cni:v3.28.1")),
                        "volumes", List.of(map("name", "lib-modules", "hostPath", map("path", "/lib/modules")))))));
        Map<String, Object> role = map("apiVersion", "rbac.authorization.k8s.io/v1", "kind", "ClusterRole",
                "metadata", map("name", "calico-node"));
        return RenderedAddon.builder().addonKey("networking.projectcalico.org").templateId("k8s-1.25")
                .selector(Map.of("role.kubernetes.io/networking", "1")).version("9.99.0")
                .documents(List.of(config, node, role)).yaml("(not used)").manifestHash("0")
                .channelEntry(ChannelEntry.builder().name("networking.projectcalico.org").id("k8s-1.25")
                        .manifest("networking.projectcalico.org/k8s-1.25.yaml").manifestHash("0")
                        .selector(Map.of("role.kubernetes.io/networking", "1")).version("9.99.0").build())
                .build();
    }
}
