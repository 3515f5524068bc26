package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.LyftVpcSpec;

/** The YAML codec of {@code spec.networking.lyftvpc}, following kops' Go type field for field. */
final class LyftVpcCodec {
    private LyftVpcCodec() {
    }

    static final ObjectCodec<LyftVpcSpec, LyftVpcSpec.Builder> CODEC =
            ObjectCodec.of(LyftVpcSpec::builder, LyftVpcSpec.Builder::build, LyftVpcSpec::extraFields,
                            LyftVpcSpec.Builder::extraFields)
                    .stringMap("subnetTags", LyftVpcSpec::subnetTags, LyftVpcSpec.Builder::subnetTags)
                    .build();
}
