package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.GcpSpec;

/** The YAML codec of {@code spec.networking.gcp}, following kops' Go type field for field. */
final class GcpCodec {
    private GcpCodec() {
    }

    static final ObjectCodec<GcpSpec, GcpSpec.Builder> CODEC =
            ObjectCodec.of(GcpSpec::builder, GcpSpec.Builder::build, GcpSpec::extraFields,
                            GcpSpec.Builder::extraFields)
                    .build();
}
