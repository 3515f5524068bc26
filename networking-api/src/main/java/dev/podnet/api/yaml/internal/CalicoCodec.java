package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CalicoSpec;

/** The YAML codec of {@code spec.networking.calico}, following kops' Go type field for field. */
final class CalicoCodec {
    private CalicoCodec() {
    }

    static final ObjectCodec<CalicoSpec, CalicoSpec.Builder> CODEC =
            ObjectCodec.of(CalicoSpec::builder, CalicoSpec.Builder::build, CalicoSpec::extraFields,
                            CalicoSpec.Builder::extraFields)
                    .str("registry", CalicoSpec::registry, CalicoSpec.Builder::registry)
                    .str("version", CalicoSpec::version, CalicoSpec.Builder::version)
                    .bool("allowIPForwarding", CalicoSpec::allowIPForwarding, CalicoSpec.Builder::allowIPForwarding)
                    .str("awsSrcDstCheck", CalicoSpec::awsSrcDstCheck, CalicoSpec.Builder::awsSrcDstCheck)
                    .bool("bpfEnabled", CalicoSpec::bpfEnabled, CalicoSpec.Builder::bpfEnabled)
                    .str("bpfExternalServiceMode", CalicoSpec::bpfExternalServiceMode,
                            CalicoSpec.Builder::bpfExternalServiceMode)
                    .bool("bpfKubeProxyIptablesCleanupEnabled", CalicoSpec::bpfKubeProxyIptablesCleanupEnabled,
                            CalicoSpec.Builder::bpfKubeProxyIptablesCleanupEnabled)
                    .str("bpfLogLevel", CalicoSpec::bpfLogLevel, CalicoSpec.Builder::bpfLogLevel)
                    .str("chainInsertMode", CalicoSpec::chainInsertMode, CalicoSpec.Builder::chainInsertMode)
                    .quantity("cpuRequest", CalicoSpec::cpuRequest, CalicoSpec.Builder::cpuRequest)
                    .bool("crossSubnet", CalicoSpec::crossSubnet, CalicoSpec.Builder::crossSubnet)
                    .str("encapsulationMode", CalicoSpec::encapsulationMode, CalicoSpec.Builder::encapsulationMode)
                    .str("ipipMode", CalicoSpec::ipipMode, CalicoSpec.Builder::ipipMode)
                    .str("vxlanMode", CalicoSpec::vxlanMode, CalicoSpec.Builder::vxlanMode)
                    .str("ipv4AutoDetectionMethod", CalicoSpec::ipv4AutoDetectionMethod,
                            CalicoSpec.Builder::ipv4AutoDetectionMethod)
                    .str("ipv6AutoDetectionMethod", CalicoSpec::ipv6AutoDetectionMethod,
                            CalicoSpec.Builder::ipv6AutoDetectionMethod)
                    .str("iptablesBackend", CalicoSpec::iptablesBackend, CalicoSpec.Builder::iptablesBackend)
                    .str("logSeverityScreen", CalicoSpec::logSeverityScreen, CalicoSpec.Builder::logSeverityScreen)
                    .integer("mtu", CalicoSpec::mtu, CalicoSpec.Builder::mtu)
                    .str("nftablesMode", CalicoSpec::nftablesMode, CalicoSpec.Builder::nftablesMode)
                    .bool("prometheusMetricsEnabled", CalicoSpec::prometheusMetricsEnabled,
                            CalicoSpec.Builder::prometheusMetricsEnabled)
                    .integer("prometheusMetricsPort", CalicoSpec::prometheusMetricsPort,
                            CalicoSpec.Builder::prometheusMetricsPort)
                    .bool("prometheusGoMetricsEnabled", CalicoSpec::prometheusGoMetricsEnabled,
                            CalicoSpec.Builder::prometheusGoMetricsEnabled)
                    .bool("prometheusProcessMetricsEnabled", CalicoSpec::prometheusProcessMetricsEnabled,
                            CalicoSpec.Builder::prometheusProcessMetricsEnabled)
                    .str("majorVersion", CalicoSpec::majorVersion, CalicoSpec.Builder::majorVersion)
                    .bool("typhaPrometheusMetricsEnabled", CalicoSpec::typhaPrometheusMetricsEnabled,
                            CalicoSpec.Builder::typhaPrometheusMetricsEnabled)
                    .integer("typhaPrometheusMetricsPort", CalicoSpec::typhaPrometheusMetricsPort,
                            CalicoSpec.Builder::typhaPrometheusMetricsPort)
                    .integer("typhaReplicas", CalicoSpec::typhaReplicas, CalicoSpec.Builder::typhaReplicas)
                    .bool("wireguardEnabled", CalicoSpec::wireguardEnabled, CalicoSpec.Builder::wireguardEnabled)
                    .build();
}
