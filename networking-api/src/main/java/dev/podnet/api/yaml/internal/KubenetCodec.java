package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KubenetSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.kubenet}, following kops' Go type field for field. */
final class KubenetCodec {
    private KubenetCodec() {
    }

    static final ObjectCodec<KubenetSpec, KubenetSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** KubenetSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<KubenetSpec, KubenetSpec.Builder> {
        @Override
        KubenetSpec.Builder builder() { return KubenetSpec.builder(); }

        @Override
        KubenetSpec build(KubenetSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KubenetSpec v) { return v.extraFields(); }

        @Override
        void extras(KubenetSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KubenetSpec v, KubenetSpec.Builder b) {
            switch (i) {
                default -> s.end();
            }
        }
    }
}
