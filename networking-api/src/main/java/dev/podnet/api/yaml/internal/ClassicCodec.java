package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.ClassicSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.classic}, following kops' Go type field for field. */
final class ClassicCodec {
    private ClassicCodec() {
    }

    static final ObjectCodec<ClassicSpec, ClassicSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** ClassicSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<ClassicSpec, ClassicSpec.Builder> {
        @Override
        ClassicSpec.Builder builder() { return ClassicSpec.builder(); }

        @Override
        ClassicSpec build(ClassicSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(ClassicSpec v) { return v.extraFields(); }

        @Override
        void extras(ClassicSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, ClassicSpec v, ClassicSpec.Builder b) {
            switch (i) {
                default -> s.end();
            }
        }
    }
}
