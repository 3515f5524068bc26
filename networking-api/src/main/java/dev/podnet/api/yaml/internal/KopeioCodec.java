package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KopeioSpec;

/** The YAML codec of {@code spec.networking.kopeio}, following kops' Go type field for field. */
final class KopeioCodec {
    private KopeioCodec() {
    }

    static final ObjectCodec<KopeioSpec, KopeioSpec.Builder> CODEC =
            ObjectCodec.of(KopeioSpec::builder, KopeioSpec.Builder::build, KopeioSpec::extraFields,
                            KopeioSpec.Builder::extraFields)
                    .build();
}
