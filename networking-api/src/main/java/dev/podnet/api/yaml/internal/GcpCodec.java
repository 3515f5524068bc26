package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.GcpSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.gcp}, following kops' Go type field for field. */
final class GcpCodec {
    private GcpCodec() {
    }

    static final ObjectCodec<GcpSpec, GcpSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** GcpSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<GcpSpec, GcpSpec.Builder> {
        @Override
        GcpSpec.Builder builder() { return GcpSpec.builder(); }

        @Override
        GcpSpec build(GcpSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(GcpSpec v) { return v.extraFields(); }

        @Override
        void extras(GcpSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, GcpSpec v, GcpSpec.Builder b) {
            switch (i) {
                default -> s.end();
            }
        }
    }
}
