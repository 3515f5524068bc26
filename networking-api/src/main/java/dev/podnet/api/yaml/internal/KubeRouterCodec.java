package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KubeRouterSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.kuberouter}, following kops' Go type field for field. */
final class KubeRouterCodec {
    private KubeRouterCodec() {
    }

    static final ObjectCodec<KubeRouterSpec, KubeRouterSpec.Builder> CODEC = ObjectCodec.of(new Fields());

    /** KubeRouterSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class Fields extends ObjectCodec.Fields<KubeRouterSpec, KubeRouterSpec.Builder> {
        @Override
        KubeRouterSpec.Builder builder() { return KubeRouterSpec.builder(); }

        @Override
        KubeRouterSpec build(KubeRouterSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KubeRouterSpec v) { return v.extraFields(); }

        @Override
        void extras(KubeRouterSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KubeRouterSpec v, KubeRouterSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("useNFTablesForNetpol", v.useNFTablesForNetpol()))
                        b.useNFTablesForNetpol(s.bool()); }
                default -> s.end();
            }
        }
    }
}
