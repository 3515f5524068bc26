package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.RomanaSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.romana}, following kops' Go type field for field. */
final class RomanaCodec {
    private RomanaCodec() {
    }

    static final ObjectCodec<RomanaSpec, RomanaSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** RomanaSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<RomanaSpec, RomanaSpec.Builder> {
        @Override
        RomanaSpec.Builder builder() { return RomanaSpec.builder(); }

        @Override
        RomanaSpec build(RomanaSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(RomanaSpec v) { return v.extraFields(); }

        @Override
        void extras(RomanaSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, RomanaSpec v, RomanaSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("daemonServiceIP", v.daemonServiceIP())) b.daemonServiceIP(s.string()); }
                case 1 -> { if (s.str("etcdServiceIP", v.etcdServiceIP())) b.etcdServiceIP(s.string()); }
                default -> s.end();
            }
        }
    }
}
