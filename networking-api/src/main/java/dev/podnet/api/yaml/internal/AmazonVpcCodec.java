package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.EnvVar;

/** The YAML codec of {@code spec.networking.amazonvpc}, following kops' Go type field for field. */
final class AmazonVpcCodec {
    private AmazonVpcCodec() {
    }

    static final ObjectCodec<EnvVar, EnvVar.Builder> ENV_VAR =
            ObjectCodec.of(EnvVar::builder, EnvVar.Builder::build, EnvVar::extraFields,
                            EnvVar.Builder::extraFields)
                    .str("name", EnvVar::name, EnvVar.Builder::name)
                    .str("value", EnvVar::value, EnvVar.Builder::value)
                    .build();
    static final ObjectCodec<AmazonVpcSpec, AmazonVpcSpec.Builder> CODEC =
            ObjectCodec.of(AmazonVpcSpec::builder, AmazonVpcSpec.Builder::build, AmazonVpcSpec::extraFields,
                            AmazonVpcSpec.Builder::extraFields)
                    .str("imageName", AmazonVpcSpec::imageName, AmazonVpcSpec.Builder::imageName)
                    .str("image", AmazonVpcSpec::image, AmazonVpcSpec.Builder::image)
                    .str("initImageName", AmazonVpcSpec::initImageName, AmazonVpcSpec.Builder::initImageName)
                    .str("initImage", AmazonVpcSpec::initImage, AmazonVpcSpec.Builder::initImage)
                    .str("networkPolicyAgentImage", AmazonVpcSpec::networkPolicyAgentImage,
                            AmazonVpcSpec.Builder::networkPolicyAgentImage)
                    .objects("env", ENV_VAR, AmazonVpcSpec::env, AmazonVpcSpec.Builder::env)
                    .build();
}
