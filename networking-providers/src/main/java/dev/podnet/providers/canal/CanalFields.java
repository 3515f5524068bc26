package dev.podnet.providers.canal;

import dev.podnet.api.provider.CanalSpec;
import dev.podnet.providers.internal.OneOf;

/** Canal's single-field constraints (layer 1), kops 1.18–1.33 (1.34+ rejects canal before any field check). */
record CanalFields(
        @OneOf(value = {"ACCEPT", "DROP", "RETURN"}, releases = "<1.34") String defaultEndpointToHostAction,
        @OneOf(value = {"insert", "append"}, releases = "<1.34") String chainInsertMode,
        @OneOf(value = {"INFO", "DEBUG", "WARNING", "ERROR", "CRITICAL", "NONE"}, releases = "<1.34") String logSeveritySys,
        @OneOf(value = {"Auto", "Legacy", "NFT"}, releases = "<1.34") String iptablesBackend) {

    static CanalFields of(CanalSpec s) {
        return new CanalFields(s.defaultEndpointToHostAction().orElse(null), s.chainInsertMode().orElse(null),
                s.logSeveritySys().orElse(null), s.iptablesBackend().orElse(null));
    }
}
