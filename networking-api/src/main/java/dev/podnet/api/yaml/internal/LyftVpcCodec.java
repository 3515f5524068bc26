package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.LyftVpcSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.lyftvpc}, following kops' Go type field for field. */
final class LyftVpcCodec {
    private LyftVpcCodec() {
    }

    static final ObjectCodec<LyftVpcSpec, LyftVpcSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** LyftVpcSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<LyftVpcSpec, LyftVpcSpec.Builder> {
        @Override
        LyftVpcSpec.Builder builder() { return LyftVpcSpec.builder(); }

        @Override
        LyftVpcSpec build(LyftVpcSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(LyftVpcSpec v) { return v.extraFields(); }

        @Override
        void extras(LyftVpcSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, LyftVpcSpec v, LyftVpcSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.stringMap("subnetTags", v.subnetTags())) b.subnetTags(s.stringMap()); }
                default -> s.end();
            }
        }
    }
}
