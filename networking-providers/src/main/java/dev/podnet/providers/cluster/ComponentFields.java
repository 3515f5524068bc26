package dev.podnet.providers.cluster;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import java.util.Optional;
import dev.podnet.api.Topology;

/** Fields of the spec's blocks that several rules read: each empty when its block, or the field, is absent. */
final class ComponentFields {
    private ComponentFields() {
    }

    /** The cluster's KCM options as a builder; a new one when the spec has none. */
    static KubeControllerManager.Builder kcmBuilder(Cluster c) {
        Optional<KubeControllerManager> kcm = c.kubeControllerManager();
        return kcm.isPresent() ? kcm.get().toBuilder() : KubeControllerManager.builder();
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

    static Optional<String> dnsType(Cluster c) {
        Optional<Topology> t = c.networking().topology();
        return t.isPresent() ? t.get().dnsType() : Optional.empty();
    }

    /** A kubeDNS field the model keeps as written ({@code extraFields}). */
    static Optional<Object> kubeDnsField(Cluster c, String key) {
        Optional<KubeDns> dns = c.kubeDNS();
        return dns.isPresent() ? Optional.ofNullable(dns.get().extraFields().get(key)) : Optional.empty();
    }
}
