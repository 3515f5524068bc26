package dev.podnet.insight.migrate;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.insight.internal.TreeDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spec with the provider switched: the user's spec, its provider replaced, and the fields that
 * only made sense for the old provider removed so that the release's defaults apply again.
 *
 * @param cluster the new spec
 * @param edits   what changed, and why
 * @param dropped the old provider's settings not carried over, as {@code path=value}
 */
record NewSpec(Cluster cluster, List<SpecEdit> edits, List<String> dropped) {
    /** Settings with the same name and meaning on every provider that has them (a veth/tunnel MTU). */
    private static final Set<String> CARRIED = Set.of("mtu");
    /** Providers whose pods take addresses of the cloud network (GCE: alias IP ranges): the pod range is the cloud's. */
    static final Set<ProviderKind> VPC_NATIVE = Set.of(ProviderKind.AMAZON_VPC, ProviderKind.LYFT_VPC, ProviderKind.GCP);
    /** Providers that handle services themselves when kube-proxy is disabled. */
    static final Set<ProviderKind> REPLACES_KUBE_PROXY = Set.of(ProviderKind.CILIUM, ProviderKind.KUBE_ROUTER);
    /**
     * Providers kops accepts only with kube-proxy disabled (its validation: "kube-router requires kubeProxy to be
     * disabled"); kops accepts every other provider with kube-proxy disabled (both pinned by MigrationChannelFactsTest).
     */
    static final Set<ProviderKind> REQUIRES_NO_KUBE_PROXY = Set.of(ProviderKind.KUBE_ROUTER);

    static NewSpec of(Cluster input, ProviderKind from, ProviderKind target) {
        List<SpecEdit> edits = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Map<String, Object> old = input.networking().provider().map(ProviderYaml::toMap).orElse(Map.of());
        Map<String, Object> carried = new LinkedHashMap<>();
        old.forEach((k, v) -> {
            if (CARRIED.contains(k) && accepts(target, k, v)) carried.put(k, v);
            else dropped.add("spec.networking." + from.key() + "." + k + "=" + TreeDiff.text(v));
        });
        ProviderSpec spec = ProviderYaml.fromMap(target, carried);
        Networking.Builder net = input.networking().toBuilder().provider(spec);
        if (input.networking().provider().isPresent()) {
            edits.add(edit("spec.networking." + from.key(), TreeDiff.text(old), null, "the old provider's settings go"));
        }
        edits.add(edit("spec.networking." + target.key(), null, TreeDiff.text(carried), carried.isEmpty()
                ? "the new provider, with the release's defaults" : "the new provider; " + carried.keySet() + " carried over"));
        Cluster.Builder c = input.toBuilder();
        if (VPC_NATIVE.contains(from) != VPC_NATIVE.contains(target)) podRange(input, net, c, edits, target);
        c.networking(net.build());
        kubeProxy(target, c, edits);
        return new NewSpec(c.build(), List.copyOf(edits), List.copyOf(dropped));
    }

    /** Pod addresses move into or out of the VPC: the old pod range no longer applies, the release's default does. */
    private static void podRange(Cluster input, Networking.Builder net, Cluster.Builder c, List<SpecEdit> edits, ProviderKind target) {
        String why = VPC_NATIVE.contains(target) ? target.key() + " gives pods addresses of the VPC: the release's default pod range applies"
                : "pods no longer take VPC addresses: the release's default pod range applies";
        Networking n = input.networking();
        n.nonMasqueradeCIDR().ifPresent(v -> {
            net.nonMasqueradeCIDR(Optional.empty());
            edits.add(edit("spec.networking.nonMasqueradeCIDR", v, null, why));
        });
        n.podCIDR().ifPresent(v -> {
            net.podCIDR(Optional.empty());
            edits.add(edit("spec.networking.podCIDR", v, null, why));
        });
        input.kubeControllerManager().flatMap(KubeControllerManager::clusterCIDR).ifPresent(v -> {
            c.kubeControllerManager(input.kubeControllerManager().get().toBuilder().clusterCIDR(Optional.empty()).build());
            edits.add(edit("spec.kubeControllerManager.clusterCIDR", v, null, why));
        });
        input.kubeProxy().flatMap(KubeProxy::clusterCIDR).ifPresent(v -> {
            c.kubeProxy(input.kubeProxy().get().toBuilder().clusterCIDR(Optional.empty()).build());
            edits.add(edit("spec.kubeProxy.clusterCIDR", v, null, why));
        });
    }

    /** kube-proxy disabled only works with a provider that replaces it; kube-router needs it disabled. */
    private static void kubeProxy(ProviderKind target, Cluster.Builder c, List<SpecEdit> edits) {
        Optional<KubeProxy> kp = c.build().kubeProxy();
        boolean enabled = kp.flatMap(KubeProxy::enabled).orElse(true);
        KubeProxy base = kp.orElseGet(() -> KubeProxy.builder().build());
        if (REQUIRES_NO_KUBE_PROXY.contains(target) && enabled) {
            c.kubeProxy(base.toBuilder().enabled(false).build());
            edits.add(edit("spec.kubeProxy.enabled", kp.flatMap(KubeProxy::enabled).map(String::valueOf).orElse(null), "false",
                    "kops accepts " + target.key() + " only with kube-proxy disabled: it handles services itself"));
        } else if (!enabled && !REPLACES_KUBE_PROXY.contains(target)) {
            c.kubeProxy(base.toBuilder().enabled(Optional.empty()).build());
            edits.add(edit("spec.kubeProxy.enabled", "false", null, "podnet's advice: kube-proxy runs again, since podnet knows "
                    + target.key() + " to handle services only with kube-proxy (kops would accept it disabled)"));
        }
    }

    private static boolean accepts(ProviderKind target, String key, Object value) {
        try {
            return ProviderYaml.fromMap(target, Map.of(key, value)).extraFields().isEmpty();
        } catch (ClusterYamlException e) {
            return false;
        }
    }

    private static SpecEdit edit(String path, String before, String after, String reason) {
        return SpecEdit.builder().path(path).before(Optional.ofNullable(before)).after(Optional.ofNullable(after))
                .reason(reason).build();
    }
}
