package dev.podnet.providers.cilium;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.providers.internal.OneOf;

/** Cilium's single-field constraints (layer 1); the values and releases of each are its row in the table of allowed values ({@code allowed-values.yaml}). */
record CiliumFields(
        @OneOf(gate = "cilium.enablePolicy") String enablePolicy,
        @OneOf(gate = "cilium.tunnel") String tunnel,
        @OneOf(gate = "cilium.monitorAggregation") String monitorAggregation,
        @OneOf(gate = "cilium.containerRuntimeLabels") String containerRuntimeLabels,
        @OneOf(gate = "cilium.identityAllocationMode") String identityAllocationMode,
        @OneOf(gate = "cilium.bpfLBAlgorithm") String bpfLBAlgorithm,
        @OneOf(gate = "cilium.encryptionType") String encryptionType) {

    static CiliumFields of(CiliumSpec s) {
        return new CiliumFields(s.enablePolicy().orElse(null), s.tunnel().orElse(null), s.monitorAggregation().orElse(null),
                s.containerRuntimeLabels().orElse(null), s.identityAllocationMode().orElse(null),
                s.bpfLBAlgorithm().orElse(null), s.encryptionType().orElse(null));
    }
}
