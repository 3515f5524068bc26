package dev.podnet.providers.cilium;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.providers.internal.OneOf;

/** Cilium's single-field constraints (layer 1); the releases each one belongs to are its gate's row in {@code cilium/rule-gates.yaml}. */
record CiliumFields(
        @OneOf(value = {"default", "always", "never"}, gate = "cilium.enablePolicy") String enablePolicy,
        @OneOf(value = {"vxlan", "geneve", "disabled"}, gate = "cilium.tunnel") String tunnel,
        @OneOf(value = {"low", "medium", "maximum"}, gate = "cilium.monitorAggregation") String monitorAggregation,
        @OneOf(value = {"none", "containerd", "crio", "docker", "auto"}, gate = "cilium.containerRuntimeLabels") String containerRuntimeLabels,
        @OneOf(value = {"crd", "kvstore"}, gate = "cilium.identityAllocationMode") String identityAllocationMode,
        @OneOf(value = {"random", "maglev"}, gate = "cilium.bpfLBAlgorithm") String bpfLBAlgorithm,
        @OneOf(value = {"ipsec", "wireguard"}, gate = "cilium.encryptionType") String encryptionType) {

    static CiliumFields of(CiliumSpec s) {
        return new CiliumFields(s.enablePolicy().orElse(null), s.tunnel().orElse(null), s.monitorAggregation().orElse(null),
                s.containerRuntimeLabels().orElse(null), s.identityAllocationMode().orElse(null),
                s.bpfLBAlgorithm().orElse(null), s.encryptionType().orElse(null));
    }
}
