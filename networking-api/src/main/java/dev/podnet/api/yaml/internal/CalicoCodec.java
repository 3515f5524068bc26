package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CalicoSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.calico}, following kops' Go type field for field. */
final class CalicoCodec {
    private CalicoCodec() {
    }

    static final ObjectCodec<CalicoSpec, CalicoSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** CalicoSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<CalicoSpec, CalicoSpec.Builder> {
        @Override
        CalicoSpec.Builder builder() { return CalicoSpec.builder(); }

        @Override
        CalicoSpec build(CalicoSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(CalicoSpec v) { return v.extraFields(); }

        @Override
        void extras(CalicoSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, CalicoSpec v, CalicoSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("registry", v.registry())) b.registry(s.string()); }
                case 1 -> { if (s.str("version", v.version())) b.version(s.string()); }
                case 2 -> { if (s.bool("allowIPForwarding", v.allowIPForwarding())) b.allowIPForwarding(s.bool()); }
                case 3 -> { if (s.str("awsSrcDstCheck", v.awsSrcDstCheck())) b.awsSrcDstCheck(s.string()); }
                case 4 -> { if (s.bool("bpfEnabled", v.bpfEnabled())) b.bpfEnabled(s.bool()); }
                case 5 -> { if (s.str("bpfExternalServiceMode", v.bpfExternalServiceMode()))
                        b.bpfExternalServiceMode(s.string()); }
                case 6 -> { if (s.bool("bpfKubeProxyIptablesCleanupEnabled", v.bpfKubeProxyIptablesCleanupEnabled()))
                        b.bpfKubeProxyIptablesCleanupEnabled(s.bool()); }
                case 7 -> { if (s.str("bpfLogLevel", v.bpfLogLevel())) b.bpfLogLevel(s.string()); }
                case 8 -> { if (s.str("chainInsertMode", v.chainInsertMode())) b.chainInsertMode(s.string()); }
                case 9 -> { if (s.quantity("cpuRequest", v.cpuRequest())) b.cpuRequest(s.string()); }
                case 10 -> { if (s.bool("crossSubnet", v.crossSubnet())) b.crossSubnet(s.bool()); }
                case 11 -> { if (s.str("encapsulationMode", v.encapsulationMode())) b.encapsulationMode(s.string()); }
                case 12 -> { if (s.str("ipipMode", v.ipipMode())) b.ipipMode(s.string()); }
                case 13 -> { if (s.str("vxlanMode", v.vxlanMode())) b.vxlanMode(s.string()); }
                case 14 -> { if (s.str("ipv4AutoDetectionMethod", v.ipv4AutoDetectionMethod()))
                        b.ipv4AutoDetectionMethod(s.string()); }
                case 15 -> { if (s.str("ipv6AutoDetectionMethod", v.ipv6AutoDetectionMethod()))
                        b.ipv6AutoDetectionMethod(s.string()); }
                case 16 -> { if (s.str("iptablesBackend", v.iptablesBackend())) b.iptablesBackend(s.string()); }
                case 17 -> { if (s.str("logSeverityScreen", v.logSeverityScreen())) b.logSeverityScreen(s.string()); }
                case 18 -> { if (s.int32("mtu", v.mtu())) b.mtu(s.int32()); }
                case 19 -> { if (s.str("nftablesMode", v.nftablesMode())) b.nftablesMode(s.string()); }
                case 20 -> { if (s.bool("prometheusMetricsEnabled", v.prometheusMetricsEnabled()))
                        b.prometheusMetricsEnabled(s.bool()); }
                case 21 -> { if (s.int32("prometheusMetricsPort", v.prometheusMetricsPort()))
                        b.prometheusMetricsPort(s.int32()); }
                case 22 -> { if (s.bool("prometheusGoMetricsEnabled", v.prometheusGoMetricsEnabled()))
                        b.prometheusGoMetricsEnabled(s.bool()); }
                case 23 -> { if (s.bool("prometheusProcessMetricsEnabled", v.prometheusProcessMetricsEnabled()))
                        b.prometheusProcessMetricsEnabled(s.bool()); }
                case 24 -> { if (s.str("majorVersion", v.majorVersion())) b.majorVersion(s.string()); }
                case 25 -> { if (s.bool("typhaPrometheusMetricsEnabled", v.typhaPrometheusMetricsEnabled()))
                        b.typhaPrometheusMetricsEnabled(s.bool()); }
                case 26 -> { if (s.int32("typhaPrometheusMetricsPort", v.typhaPrometheusMetricsPort()))
                        b.typhaPrometheusMetricsPort(s.int32()); }
                case 27 -> { if (s.int32("typhaReplicas", v.typhaReplicas())) b.typhaReplicas(s.int32()); }
                case 28 -> { if (s.bool("wireguardEnabled", v.wireguardEnabled())) b.wireguardEnabled(s.bool()); }
                default -> s.end();
            }
        }
    }
}
