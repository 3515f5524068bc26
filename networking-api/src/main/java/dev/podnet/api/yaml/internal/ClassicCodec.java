package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.ClassicSpec;

/** The YAML codec of {@code spec.networking.classic}, following kops' Go type field for field. */
final class ClassicCodec {
    private ClassicCodec() {
    }

    static final ObjectCodec<ClassicSpec, ClassicSpec.Builder> CODEC =
            ObjectCodec.of(ClassicSpec::builder, ClassicSpec.Builder::build, ClassicSpec::extraFields,
                            ClassicSpec.Builder::extraFields)
                    .build();
}
