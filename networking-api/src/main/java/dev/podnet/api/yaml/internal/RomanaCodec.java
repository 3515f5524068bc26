package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.RomanaSpec;

/** The YAML codec of {@code spec.networking.romana}, following kops' Go type field for field. */
final class RomanaCodec {
    private RomanaCodec() {
    }

    static final ObjectCodec<RomanaSpec, RomanaSpec.Builder> CODEC =
            ObjectCodec.of(RomanaSpec::builder, RomanaSpec.Builder::build, RomanaSpec::extraFields,
                            RomanaSpec.Builder::extraFields)
                    .str("daemonServiceIP", RomanaSpec::daemonServiceIP, RomanaSpec.Builder::daemonServiceIP)
                    .str("etcdServiceIP", RomanaSpec::etcdServiceIP, RomanaSpec.Builder::etcdServiceIP)
                    .build();
}
