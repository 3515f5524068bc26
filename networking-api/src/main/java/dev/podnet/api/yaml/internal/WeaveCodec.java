package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.WeaveSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.weave}, following kops' Go type field for field. */
final class WeaveCodec {
    private WeaveCodec() {
    }

    static final ObjectCodec<WeaveSpec, WeaveSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** WeaveSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<WeaveSpec, WeaveSpec.Builder> {
        @Override
        WeaveSpec.Builder builder() { return WeaveSpec.builder(); }

        @Override
        WeaveSpec build(WeaveSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(WeaveSpec v) { return v.extraFields(); }

        @Override
        void extras(WeaveSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, WeaveSpec v, WeaveSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.int32("mtu", v.mtu())) b.mtu(s.int32()); }
                case 1 -> { if (s.int32("connLimit", v.connLimit())) b.connLimit(s.int32()); }
                case 2 -> { if (s.int32("noMasqLocal", v.noMasqLocal())) b.noMasqLocal(s.int32()); }
                case 3 -> { if (s.quantity("memoryRequest", v.memoryRequest())) b.memoryRequest(s.string()); }
                case 4 -> { if (s.quantity("cpuRequest", v.cpuRequest())) b.cpuRequest(s.string()); }
                case 5 -> { if (s.quantity("memoryLimit", v.memoryLimit())) b.memoryLimit(s.string()); }
                case 6 -> { if (s.quantity("cpuLimit", v.cpuLimit())) b.cpuLimit(s.string()); }
                case 7 -> { if (s.str("netExtraArgs", v.netExtraArgs())) b.netExtraArgs(s.string()); }
                case 8 -> { if (s.quantity("npcMemoryRequest", v.npcMemoryRequest())) b.npcMemoryRequest(s.string()); }
                case 9 -> { if (s.quantity("npcCPURequest", v.npcCPURequest())) b.npcCPURequest(s.string()); }
                case 10 -> { if (s.quantity("npcMemoryLimit", v.npcMemoryLimit())) b.npcMemoryLimit(s.string()); }
                case 11 -> { if (s.quantity("npcCPULimit", v.npcCPULimit())) b.npcCPULimit(s.string()); }
                case 12 -> { if (s.str("npcExtraArgs", v.npcExtraArgs())) b.npcExtraArgs(s.string()); }
                case 13 -> { if (s.str("version", v.version())) b.version(s.string()); }
                default -> s.end();
            }
        }
    }
}
