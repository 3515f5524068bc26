package dev.podnet.providers.cilium;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.providers.internal.OneOf;

/** Cilium's single-field constraints (layer 1). */
record CiliumFields(
        @OneOf({"default", "always", "never"}) String enablePolicy,
        @OneOf({"vxlan", "geneve", "disabled"}) String tunnel,
        @OneOf({"low", "medium", "maximum"}) String monitorAggregation,
        @OneOf(value = {"none", "containerd", "crio", "docker", "auto"}, releases = "<1.23") String containerRuntimeLabels,
        @OneOf(value = {"crd", "kvstore"}, releases = ">=1.22") String identityAllocationMode,
        @OneOf(value = {"random", "maglev"}, releases = ">=1.22") String bpfLBAlgorithm,
        @OneOf(value = {"ipsec", "wireguard"}, releases = ">=1.22") String encryptionType) {

    static CiliumFields of(CiliumSpec s) {
        return new CiliumFields(s.enablePolicy().orElse(null), s.tunnel().orElse(null), s.monitorAggregation().orElse(null),
                s.containerRuntimeLabels().orElse(null), s.identityAllocationMode().orElse(null),
                s.bpfLBAlgorithm().orElse(null), s.encryptionType().orElse(null));
    }
}
