package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.FlannelSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.flannel}, following kops' Go type field for field. */
final class FlannelCodec {
    private FlannelCodec() {
    }

    static final ObjectCodec<FlannelSpec, FlannelSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** FlannelSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<FlannelSpec, FlannelSpec.Builder> {
        @Override
        FlannelSpec.Builder builder() { return FlannelSpec.builder(); }

        @Override
        FlannelSpec build(FlannelSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(FlannelSpec v) { return v.extraFields(); }

        @Override
        void extras(FlannelSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, FlannelSpec v, FlannelSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("backend", v.backend())) b.backend(s.string()); }
                case 1 -> { if (s.bool("disableTxChecksumOffloading", v.disableTxChecksumOffloading()))
                        b.disableTxChecksumOffloading(s.bool()); }
                case 2 -> { if (s.int32("iptablesResyncSeconds", v.iptablesResyncSeconds()))
                        b.iptablesResyncSeconds(s.int32()); }
                default -> s.end();
            }
        }
    }
}
