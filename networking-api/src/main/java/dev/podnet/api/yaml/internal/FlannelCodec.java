package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.FlannelSpec;

/** The YAML codec of {@code spec.networking.flannel}, following kops' Go type field for field. */
final class FlannelCodec {
    private FlannelCodec() {
    }

    static final ObjectCodec<FlannelSpec, FlannelSpec.Builder> CODEC =
            ObjectCodec.of(FlannelSpec::builder, FlannelSpec.Builder::build, FlannelSpec::extraFields,
                            FlannelSpec.Builder::extraFields)
                    .str("backend", FlannelSpec::backend, FlannelSpec.Builder::backend)
                    .bool("disableTxChecksumOffloading", FlannelSpec::disableTxChecksumOffloading,
                            FlannelSpec.Builder::disableTxChecksumOffloading)
                    .integer("iptablesResyncSeconds", FlannelSpec::iptablesResyncSeconds,
                            FlannelSpec.Builder::iptablesResyncSeconds)
                    .build();
}
