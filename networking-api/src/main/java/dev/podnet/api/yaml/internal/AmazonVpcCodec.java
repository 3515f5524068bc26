package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.EnvVar;
import java.util.Map;

/** The YAML codec of {@code spec.networking.amazonvpc}, following kops' Go type field for field. */
final class AmazonVpcCodec {
    private AmazonVpcCodec() {
    }

    static final ObjectCodec<EnvVar, EnvVar.Builder> ENV_VAR = ObjectCodec.of(new EnvVarFields());

    /** EnvVar's fields: each case names one, with its kind, getter and setter. */
    private static final class EnvVarFields extends ObjectCodec.Fields<EnvVar, EnvVar.Builder> {
        @Override
        EnvVar.Builder builder() { return EnvVar.builder(); }

        @Override
        EnvVar build(EnvVar.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(EnvVar v) { return v.extraFields(); }

        @Override
        void extras(EnvVar.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, EnvVar v, EnvVar.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("name", v.name())) b.name(s.string()); }
                case 1 -> { if (s.str("value", v.value())) b.value(s.string()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<AmazonVpcSpec, AmazonVpcSpec.Builder> CODEC = ObjectCodec.of(new CodecFields());

    /** AmazonVpcSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class CodecFields extends ObjectCodec.Fields<AmazonVpcSpec, AmazonVpcSpec.Builder> {
        @Override
        AmazonVpcSpec.Builder builder() { return AmazonVpcSpec.builder(); }

        @Override
        AmazonVpcSpec build(AmazonVpcSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(AmazonVpcSpec v) { return v.extraFields(); }

        @Override
        void extras(AmazonVpcSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, AmazonVpcSpec v, AmazonVpcSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("imageName", v.imageName())) b.imageName(s.string()); }
                case 1 -> { if (s.str("image", v.image())) b.image(s.string()); }
                case 2 -> { if (s.str("initImageName", v.initImageName())) b.initImageName(s.string()); }
                case 3 -> { if (s.str("initImage", v.initImage())) b.initImage(s.string()); }
                case 4 -> { if (s.str("networkPolicyAgentImage", v.networkPolicyAgentImage()))
                        b.networkPolicyAgentImage(s.string()); }
                case 5 -> { if (s.objects("env", ENV_VAR, v.env())) b.env(s.objects(ENV_VAR)); }
                default -> s.end();
            }
        }
    }
}
