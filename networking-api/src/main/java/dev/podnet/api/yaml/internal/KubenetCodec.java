package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KubenetSpec;

/** The YAML codec of {@code spec.networking.kubenet}, following kops' Go type field for field. */
final class KubenetCodec {
    private KubenetCodec() {
    }

    static final ObjectCodec<KubenetSpec, KubenetSpec.Builder> CODEC =
            ObjectCodec.of(KubenetSpec::builder, KubenetSpec.Builder::build, KubenetSpec::extraFields,
                            KubenetSpec.Builder::extraFields)
                    .build();
}
