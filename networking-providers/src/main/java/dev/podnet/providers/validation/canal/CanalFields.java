package dev.podnet.providers.validation.canal;

import dev.podnet.api.provider.CanalSpec;
import dev.podnet.providers.validation.internal.OneOf;

/** Canal's single-field constraints (layer 1). */
record CanalFields(
        @OneOf({"ACCEPT", "DROP", "RETURN"}) String defaultEndpointToHostAction,
        @OneOf({"insert", "append"}) String chainInsertMode,
        @OneOf({"INFO", "DEBUG", "WARNING", "ERROR", "CRITICAL", "NONE"}) String logSeveritySys,
        @OneOf({"Auto", "Legacy", "NFT"}) String iptablesBackend) {

    static CanalFields of(CanalSpec s) {
        return new CanalFields(s.defaultEndpointToHostAction().orElse(null), s.chainInsertMode().orElse(null),
                s.logSeveritySys().orElse(null), s.iptablesBackend().orElse(null));
    }
}
