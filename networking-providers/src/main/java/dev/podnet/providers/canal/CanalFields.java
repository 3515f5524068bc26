package dev.podnet.providers.canal;

import dev.podnet.api.provider.CanalSpec;
import dev.podnet.providers.internal.OneOf;

/**
 * Canal's single-field constraints (layer 1), kops 1.18–1.33 (1.34+ rejects canal before any field check): the
 * values and releases are each one's row in the table of allowed values ({@code allowed-values.yaml}).
 */
record CanalFields(
        @OneOf(gate = "canal.defaultEndpointToHostAction") String defaultEndpointToHostAction,
        @OneOf(gate = "canal.chainInsertMode") String chainInsertMode,
        @OneOf(gate = "canal.logSeveritySys") String logSeveritySys,
        @OneOf(gate = "canal.iptablesBackend") String iptablesBackend) {

    static CanalFields of(CanalSpec s) {
        return new CanalFields(s.defaultEndpointToHostAction().orElse(null), s.chainInsertMode().orElse(null),
                s.logSeveritySys().orElse(null), s.iptablesBackend().orElse(null));
    }
}
