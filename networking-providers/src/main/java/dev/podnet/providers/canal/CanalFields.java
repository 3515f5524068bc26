package dev.podnet.providers.canal;

import dev.podnet.api.provider.CanalSpec;
import dev.podnet.providers.internal.OneOf;

/**
 * Canal's single-field constraints (layer 1), kops 1.18–1.33 (1.34+ rejects canal before any field check): the
 * releases are each one's gate row in {@code canal/rule-gates.yaml}.
 */
record CanalFields(
        @OneOf(value = {"ACCEPT", "DROP", "RETURN"}, gate = "canal.defaultEndpointToHostAction") String defaultEndpointToHostAction,
        @OneOf(value = {"insert", "append"}, gate = "canal.chainInsertMode") String chainInsertMode,
        @OneOf(value = {"INFO", "DEBUG", "WARNING", "ERROR", "CRITICAL", "NONE"}, gate = "canal.logSeveritySys") String logSeveritySys,
        @OneOf(value = {"Auto", "Legacy", "NFT"}, gate = "canal.iptablesBackend") String iptablesBackend) {

    static CanalFields of(CanalSpec s) {
        return new CanalFields(s.defaultEndpointToHostAction().orElse(null), s.chainInsertMode().orElse(null),
                s.logSeveritySys().orElse(null), s.iptablesBackend().orElse(null));
    }
}
