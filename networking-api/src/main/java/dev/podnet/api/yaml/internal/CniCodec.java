package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CniSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.cni}, following kops' Go type field for field. */
final class CniCodec {
    private CniCodec() {
    }

    static final ObjectCodec<CniSpec, CniSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** CniSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<CniSpec, CniSpec.Builder> {
        @Override
        CniSpec.Builder builder() { return CniSpec.builder(); }

        @Override
        CniSpec build(CniSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(CniSpec v) { return v.extraFields(); }

        @Override
        void extras(CniSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, CniSpec v, CniSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("usesSecondaryIP", v.usesSecondaryIP())) b.usesSecondaryIP(s.bool()); }
                default -> s.end();
            }
        }
    }
}
