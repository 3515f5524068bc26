package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.ExternalSpec;

/** The YAML codec of {@code spec.networking.external}, following kops' Go type field for field. */
final class ExternalCodec {
    private ExternalCodec() {
    }

    static final ObjectCodec<ExternalSpec, ExternalSpec.Builder> CODEC =
            ObjectCodec.of(ExternalSpec::builder, ExternalSpec.Builder::build, ExternalSpec::extraFields,
                            ExternalSpec.Builder::extraFields)
                    .build();
}
