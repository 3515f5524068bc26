package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CanalSpec;

/** The YAML codec of {@code spec.networking.canal}, following kops' Go type field for field. */
final class CanalCodec {
    private CanalCodec() {
    }

    static final ObjectCodec<CanalSpec, CanalSpec.Builder> CODEC =
            ObjectCodec.of(CanalSpec::builder, CanalSpec.Builder::build, CanalSpec::extraFields,
                            CanalSpec.Builder::extraFields)
                    .str("chainInsertMode", CanalSpec::chainInsertMode, CanalSpec.Builder::chainInsertMode)
                    .quantity("cpuRequest", CanalSpec::cpuRequest, CanalSpec.Builder::cpuRequest)
                    .str("defaultEndpointToHostAction", CanalSpec::defaultEndpointToHostAction,
                            CanalSpec.Builder::defaultEndpointToHostAction)
                    .bool("disableFlannelForwardRules", CanalSpec::disableFlannelForwardRules,
                            CanalSpec.Builder::disableFlannelForwardRules)
                    .bool("flanneldIptablesForwardRules", CanalSpec::flanneldIptablesForwardRules,
                            CanalSpec.Builder::flanneldIptablesForwardRules)
                    .bool("disableTxChecksumOffloading", CanalSpec::disableTxChecksumOffloading,
                            CanalSpec.Builder::disableTxChecksumOffloading)
                    .str("iptablesBackend", CanalSpec::iptablesBackend, CanalSpec.Builder::iptablesBackend)
                    .str("logSeveritySys", CanalSpec::logSeveritySys, CanalSpec.Builder::logSeveritySys)
                    .integer("mtu", CanalSpec::mtu, CanalSpec.Builder::mtu)
                    .bool("prometheusGoMetricsEnabled", CanalSpec::prometheusGoMetricsEnabled,
                            CanalSpec.Builder::prometheusGoMetricsEnabled)
                    .bool("prometheusMetricsEnabled", CanalSpec::prometheusMetricsEnabled,
                            CanalSpec.Builder::prometheusMetricsEnabled)
                    .integer("prometheusMetricsPort", CanalSpec::prometheusMetricsPort,
                            CanalSpec.Builder::prometheusMetricsPort)
                    .bool("prometheusProcessMetricsEnabled", CanalSpec::prometheusProcessMetricsEnabled,
                            CanalSpec.Builder::prometheusProcessMetricsEnabled)
                    .bool("typhaPrometheusMetricsEnabled", CanalSpec::typhaPrometheusMetricsEnabled,
                            CanalSpec.Builder::typhaPrometheusMetricsEnabled)
                    .integer("typhaPrometheusMetricsPort", CanalSpec::typhaPrometheusMetricsPort,
                            CanalSpec.Builder::typhaPrometheusMetricsPort)
                    .integer("typhaReplicas", CanalSpec::typhaReplicas, CanalSpec.Builder::typhaReplicas)
                    .build();
}
