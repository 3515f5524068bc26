package dev.podnet.providers.calico;

import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.providers.internal.Fix;
import dev.podnet.providers.internal.OneOf;
import jakarta.validation.constraints.Min;

/** Calico's single-field constraints (layer 1), checked by {@link dev.podnet.providers.internal.FieldConstraints}. */
record CalicoFields(
        @Fix("set typhaReplicas to 0 (no Typha) or more") @Min(value = 0, message = "Unable to set number of Typha replicas to less than 0, you've specified ${validatedValue}")
        Integer typhaReplicas,
        @OneOf({"Auto", "Legacy", "NFT"}) String iptablesBackend,
        @OneOf(value = {"Tunnel", "DSR"}, releases = ">=1.19") String bpfExternalServiceMode,
        @OneOf(value = {"Off", "Info", "Debug"}, releases = ">=1.19") String bpfLogLevel,
        @OneOf(value = {"insert", "append"}, releases = ">=1.19") String chainInsertMode,
        @OneOf(value = {"Always", "CrossSubnet", "Never"}, releases = ">=1.19") String ipipMode,
        @OneOf(value = {"Always", "CrossSubnet", "Never"}, releases = ">=1.22") String vxlanMode) {

    static CalicoFields of(CalicoSpec s) {
        return new CalicoFields(s.typhaReplicas().orElse(null), s.iptablesBackend().orElse(null),
                s.bpfExternalServiceMode().orElse(null), s.bpfLogLevel().orElse(null), s.chainInsertMode().orElse(null),
                s.ipipMode().orElse(null), s.vxlanMode().orElse(null));
    }
}
