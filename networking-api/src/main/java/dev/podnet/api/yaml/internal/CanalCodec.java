package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CanalSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.canal}, following kops' Go type field for field. */
final class CanalCodec {
    private CanalCodec() {
    }

    static final ObjectCodec<CanalSpec, CanalSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** CanalSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<CanalSpec, CanalSpec.Builder> {
        @Override
        CanalSpec.Builder builder() { return CanalSpec.builder(); }

        @Override
        CanalSpec build(CanalSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(CanalSpec v) { return v.extraFields(); }

        @Override
        void extras(CanalSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, CanalSpec v, CanalSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("chainInsertMode", v.chainInsertMode())) b.chainInsertMode(s.string()); }
                case 1 -> { if (s.quantity("cpuRequest", v.cpuRequest())) b.cpuRequest(s.string()); }
                case 2 -> { if (s.str("defaultEndpointToHostAction", v.defaultEndpointToHostAction()))
                        b.defaultEndpointToHostAction(s.string()); }
                case 3 -> { if (s.bool("disableFlannelForwardRules", v.disableFlannelForwardRules()))
                        b.disableFlannelForwardRules(s.bool()); }
                case 4 -> { if (s.bool("flanneldIptablesForwardRules", v.flanneldIptablesForwardRules()))
                        b.flanneldIptablesForwardRules(s.bool()); }
                case 5 -> { if (s.bool("disableTxChecksumOffloading", v.disableTxChecksumOffloading()))
                        b.disableTxChecksumOffloading(s.bool()); }
                case 6 -> { if (s.str("iptablesBackend", v.iptablesBackend())) b.iptablesBackend(s.string()); }
                case 7 -> { if (s.str("logSeveritySys", v.logSeveritySys())) b.logSeveritySys(s.string()); }
                case 8 -> { if (s.int32("mtu", v.mtu())) b.mtu(s.int32()); }
                case 9 -> { if (s.bool("prometheusGoMetricsEnabled", v.prometheusGoMetricsEnabled()))
                        b.prometheusGoMetricsEnabled(s.bool()); }
                case 10 -> { if (s.bool("prometheusMetricsEnabled", v.prometheusMetricsEnabled()))
                        b.prometheusMetricsEnabled(s.bool()); }
                case 11 -> { if (s.int32("prometheusMetricsPort", v.prometheusMetricsPort()))
                        b.prometheusMetricsPort(s.int32()); }
                case 12 -> { if (s.bool("prometheusProcessMetricsEnabled", v.prometheusProcessMetricsEnabled()))
                        b.prometheusProcessMetricsEnabled(s.bool()); }
                case 13 -> { if (s.bool("typhaPrometheusMetricsEnabled", v.typhaPrometheusMetricsEnabled()))
                        b.typhaPrometheusMetricsEnabled(s.bool()); }
                case 14 -> { if (s.int32("typhaPrometheusMetricsPort", v.typhaPrometheusMetricsPort()))
                        b.typhaPrometheusMetricsPort(s.int32()); }
                case 15 -> { if (s.int32("typhaReplicas", v.typhaReplicas())) b.typhaReplicas(s.int32()); }
                default -> s.end();
            }
        }
    }
}
