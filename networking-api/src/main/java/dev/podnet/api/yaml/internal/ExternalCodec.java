package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.ExternalSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.external}, following kops' Go type field for field. */
final class ExternalCodec {
    private ExternalCodec() {
    }

    static final ObjectCodec<ExternalSpec, ExternalSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** ExternalSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<ExternalSpec, ExternalSpec.Builder> {
        @Override
        ExternalSpec.Builder builder() { return ExternalSpec.builder(); }

        @Override
        ExternalSpec build(ExternalSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(ExternalSpec v) { return v.extraFields(); }

        @Override
        void extras(ExternalSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, ExternalSpec v, ExternalSpec.Builder b) {
            switch (i) {
                default -> s.end();
            }
        }
    }
}
