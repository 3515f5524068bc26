package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.WeaveSpec;

/** The YAML codec of {@code spec.networking.weave}, following kops' Go type field for field. */
final class WeaveCodec {
    private WeaveCodec() {
    }

    static final ObjectCodec<WeaveSpec, WeaveSpec.Builder> CODEC =
            ObjectCodec.of(WeaveSpec::builder, WeaveSpec.Builder::build, WeaveSpec::extraFields,
                            WeaveSpec.Builder::extraFields)
                    .integer("mtu", WeaveSpec::mtu, WeaveSpec.Builder::mtu)
                    .integer("connLimit", WeaveSpec::connLimit, WeaveSpec.Builder::connLimit)
                    .integer("noMasqLocal", WeaveSpec::noMasqLocal, WeaveSpec.Builder::noMasqLocal)
                    .quantity("memoryRequest", WeaveSpec::memoryRequest, WeaveSpec.Builder::memoryRequest)
                    .quantity("cpuRequest", WeaveSpec::cpuRequest, WeaveSpec.Builder::cpuRequest)
                    .quantity("memoryLimit", WeaveSpec::memoryLimit, WeaveSpec.Builder::memoryLimit)
                    .quantity("cpuLimit", WeaveSpec::cpuLimit, WeaveSpec.Builder::cpuLimit)
                    .str("netExtraArgs", WeaveSpec::netExtraArgs, WeaveSpec.Builder::netExtraArgs)
                    .quantity("npcMemoryRequest", WeaveSpec::npcMemoryRequest, WeaveSpec.Builder::npcMemoryRequest)
                    .quantity("npcCPURequest", WeaveSpec::npcCPURequest, WeaveSpec.Builder::npcCPURequest)
                    .quantity("npcMemoryLimit", WeaveSpec::npcMemoryLimit, WeaveSpec.Builder::npcMemoryLimit)
                    .quantity("npcCPULimit", WeaveSpec::npcCPULimit, WeaveSpec.Builder::npcCPULimit)
                    .str("npcExtraArgs", WeaveSpec::npcExtraArgs, WeaveSpec.Builder::npcExtraArgs)
                    .str("version", WeaveSpec::version, WeaveSpec.Builder::version)
                    .build();
}
