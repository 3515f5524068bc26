package dev.podnet.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podnet.api.Cluster;
import dev.podnet.api.yaml.ClusterYaml;

/**
 * The networking part of a Cluster as kops writes it (v1alpha2): what the conformance tests compare. {@code egressProxy}
 * is part of it: kops' assignProxy extends its excludes, and a wrong excludes list otherwise shows only as a Calico
 * manifestHash difference.
 */
final class NetworkingSlice {
    static final List<String> SPEC_FIELDS = List.of("networking", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "topology", "subnets", "isolateMasters", "egressProxy");

    private NetworkingSlice() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Cluster c) {
        Map<String, Object> spec = (Map<String, Object>) ClusterYaml.toMap(c).get("spec");
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : SPEC_FIELDS) if (spec.get(k) != null) out.put(k, spec.get(k));
        Map<String, Object> kp = (Map<String, Object>) spec.getOrDefault("kubeProxy", Map.of());
        if (kp.get("enabled") != null) out.put("kubeProxy.enabled", kp.get("enabled"));
        if (kp.get("clusterCIDR") != null) out.put("kubeProxy.clusterCIDR", kp.get("clusterCIDR"));
        Map<String, Object> kcm = (Map<String, Object>) spec.getOrDefault("kubeControllerManager", Map.of());
        if (kcm.get("clusterCIDR") != null) out.put("kubeControllerManager.clusterCIDR", kcm.get("clusterCIDR"));
        return out;
    }
}
