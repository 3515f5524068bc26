package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KubeRouterSpec;

/** The YAML codec of {@code spec.networking.kuberouter}, following kops' Go type field for field. */
final class KubeRouterCodec {
    private KubeRouterCodec() {
    }

    static final ObjectCodec<KubeRouterSpec, KubeRouterSpec.Builder> CODEC =
            ObjectCodec.of(KubeRouterSpec::builder, KubeRouterSpec.Builder::build, KubeRouterSpec::extraFields,
                            KubeRouterSpec.Builder::extraFields)
                    .bool("useNFTablesForNetpol", KubeRouterSpec::useNFTablesForNetpol,
                            KubeRouterSpec.Builder::useNFTablesForNetpol)
                    .build();
}
