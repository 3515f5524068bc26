package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KopeioSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.kopeio}, following kops' Go type field for field. */
final class KopeioCodec {
    private KopeioCodec() {
    }

    static final ObjectCodec<KopeioSpec, KopeioSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** KopeioSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<KopeioSpec, KopeioSpec.Builder> {
        @Override
        KopeioSpec.Builder builder() { return KopeioSpec.builder(); }

        @Override
        KopeioSpec build(KopeioSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KopeioSpec v) { return v.extraFields(); }

        @Override
        void extras(KopeioSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KopeioSpec v, KopeioSpec.Builder b) {
            switch (i) {
                default -> s.end();
            }
        }
    }
}
