package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CniSpec;

/** The YAML codec of {@code spec.networking.cni}, following kops' Go type field for field. */
final class CniCodec {
    private CniCodec() {
    }

    static final ObjectCodec<CniSpec, CniSpec.Builder> CODEC =
            ObjectCodec.of(CniSpec::builder, CniSpec.Builder::build, CniSpec::extraFields,
                            CniSpec.Builder::extraFields)
                    .bool("usesSecondaryIP", CniSpec::usesSecondaryIP, CniSpec.Builder::usesSecondaryIP)
                    .build();
}
