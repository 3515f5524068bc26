package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KindnetMasqueradeSpec;
import dev.podnet.api.provider.KindnetSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.kindnet}, following kops' Go type field for field. */
final class KindnetCodec {
    private KindnetCodec() {
    }

    static final ObjectCodec<KindnetMasqueradeSpec, KindnetMasqueradeSpec.Builder> KINDNET_MASQUERADE = ObjectCodec.of(new KindnetMasqueradeFields());

    /** KindnetMasqueradeSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class KindnetMasqueradeFields extends ObjectCodec.Fields<KindnetMasqueradeSpec, KindnetMasqueradeSpec.Builder> {
        @Override
        KindnetMasqueradeSpec.Builder builder() { return KindnetMasqueradeSpec.builder(); }

        @Override
        KindnetMasqueradeSpec build(KindnetMasqueradeSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KindnetMasqueradeSpec v) { return v.extraFields(); }

        @Override
        void extras(KindnetMasqueradeSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KindnetMasqueradeSpec v, KindnetMasqueradeSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("enabled", v.enabled())) b.enabled(s.bool()); }
                case 1 -> { if (s.strings("nonMasqueradeCIDRs", v.nonMasqueradeCIDRs()))
                        b.nonMasqueradeCIDRs(s.strings()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<KindnetSpec, KindnetSpec.Builder> CODEC = ObjectCodec.of(new CodecFields());

    /** KindnetSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class CodecFields extends ObjectCodec.Fields<KindnetSpec, KindnetSpec.Builder> {
        @Override
        KindnetSpec.Builder builder() { return KindnetSpec.builder(); }

        @Override
        KindnetSpec build(KindnetSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KindnetSpec v) { return v.extraFields(); }

        @Override
        void extras(KindnetSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KindnetSpec v, KindnetSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("version", v.version())) b.version(s.string()); }
                case 1 -> { if (s.bool("networkPolicies", v.networkPolicies())) b.networkPolicies(s.bool()); }
                case 2 -> { if (s.bool("adminNetworkPolicies", v.adminNetworkPolicies()))
                        b.adminNetworkPolicies(s.bool()); }
                case 3 -> { if (s.bool("baselineAdminNetworkPolicies", v.baselineAdminNetworkPolicies()))
                        b.baselineAdminNetworkPolicies(s.bool()); }
                case 4 -> { if (s.bool("dnsCaching", v.dnsCaching())) b.dnsCaching(s.bool()); }
                case 5 -> { if (s.bool("nat64", v.nat64())) b.nat64(s.bool()); }
                case 6 -> { if (s.int32("fastPathThreshold", v.fastPathThreshold())) b.fastPathThreshold(s.int32()); }
                case 7 -> { if (s.object("masquerade", KINDNET_MASQUERADE, v.masquerade()))
                        b.masquerade(s.object(KINDNET_MASQUERADE)); }
                case 8 -> { if (s.int32("logLevel", v.logLevel())) b.logLevel(s.int32()); }
                default -> s.end();
            }
        }
    }
}
