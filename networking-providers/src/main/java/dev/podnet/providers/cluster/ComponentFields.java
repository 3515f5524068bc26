package dev.podnet.providers.cluster;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import java.util.Optional;

/** Fields of the spec's component blocks that several rules read: each empty when its block, or the field, is absent. */
final class ComponentFields {
    private ComponentFields() {
    }

    static Optional<String> kcmClusterCidr(Cluster c) {
        Optional<KubeControllerManager> kcm = c.kubeControllerManager();
        return kcm.isPresent() ? kcm.get().clusterCIDR() : Optional.empty();
    }

    /** A kubeControllerManager field the model keeps as written ({@code extraFields}). */
    static Optional<Object> kcmField(Cluster c, String key) {
        Optional<KubeControllerManager> kcm = c.kubeControllerManager();
        return kcm.isPresent() ? Optional.ofNullable(kcm.get().extraFields().get(key)) : Optional.empty();
    }

    static Optional<String> kubeDnsServerIp(Cluster c) {
        Optional<KubeDns> dns = c.kubeDNS();
        return dns.isPresent() ? dns.get().serverIP() : Optional.empty();
    }

    /** A kubeDNS field the model keeps as written ({@code extraFields}). */
    static Optional<Object> kubeDnsField(Cluster c, String key) {
        Optional<KubeDns> dns = c.kubeDNS();
        return dns.isPresent() ? Optional.ofNullable(dns.get().extraFields().get(key)) : Optional.empty();
    }
}
