package dev.podnet.providers.calico;

import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.providers.internal.Fix;
import dev.podnet.providers.internal.Gated;
import dev.podnet.providers.internal.OneOf;
import jakarta.validation.constraints.Min;

/**
 * Calico's single-field constraints (layer 1), checked by {@link dev.podnet.providers.internal.FieldConstraints};
 * the releases each one belongs to are its gate's row in {@code calico/rule-gates.yaml}, or for a {@code @OneOf}
 * its row in the table of allowed values ({@code allowed-values.yaml}), which also gives the values.
 */
record CalicoFields(
        @Gated("calico.typhaReplicas") @Fix("set typhaReplicas to 0 (no Typha) or more") @Min(value = 0, message = "Unable to set number of Typha replicas to less than 0, you've specified ${validatedValue}")
        Integer typhaReplicas,
        @OneOf(gate = "calico.iptablesBackend") String iptablesBackend,
        @OneOf(gate = "calico.bpfExternalServiceMode") String bpfExternalServiceMode,
        @OneOf(gate = "calico.bpfLogLevel") String bpfLogLevel,
        @OneOf(gate = "calico.chainInsertMode") String chainInsertMode,
        @OneOf(gate = "calico.ipipMode") String ipipMode,
        @OneOf(gate = "calico.vxlanMode") String vxlanMode) {

    static CalicoFields of(CalicoSpec s) {
        return new CalicoFields(s.typhaReplicas().orElse(null), s.iptablesBackend().orElse(null),
                s.bpfExternalServiceMode().orElse(null), s.bpfLogLevel().orElse(null), s.chainInsertMode().orElse(null),
                s.ipipMode().orElse(null), s.vxlanMode().orElse(null));
    }
}
