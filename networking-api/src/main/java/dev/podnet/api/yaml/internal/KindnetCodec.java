package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.KindnetMasqueradeSpec;
import dev.podnet.api.provider.KindnetSpec;

/** The YAML codec of {@code spec.networking.kindnet}, following kops' Go type field for field. */
final class KindnetCodec {
    private KindnetCodec() {
    }

    static final ObjectCodec<KindnetMasqueradeSpec, KindnetMasqueradeSpec.Builder> KINDNET_MASQUERADE =
            ObjectCodec.of(KindnetMasqueradeSpec::builder, KindnetMasqueradeSpec.Builder::build,
                            KindnetMasqueradeSpec::extraFields, KindnetMasqueradeSpec.Builder::extraFields)
                    .bool("enabled", KindnetMasqueradeSpec::enabled, KindnetMasqueradeSpec.Builder::enabled)
                    .strings("nonMasqueradeCIDRs", KindnetMasqueradeSpec::nonMasqueradeCIDRs,
                            KindnetMasqueradeSpec.Builder::nonMasqueradeCIDRs)
                    .build();
    static final ObjectCodec<KindnetSpec, KindnetSpec.Builder> CODEC =
            ObjectCodec.of(KindnetSpec::builder, KindnetSpec.Builder::build, KindnetSpec::extraFields,
                            KindnetSpec.Builder::extraFields)
                    .str("version", KindnetSpec::version, KindnetSpec.Builder::version)
                    .bool("networkPolicies", KindnetSpec::networkPolicies, KindnetSpec.Builder::networkPolicies)
                    .bool("adminNetworkPolicies", KindnetSpec::adminNetworkPolicies,
                            KindnetSpec.Builder::adminNetworkPolicies)
                    .bool("baselineAdminNetworkPolicies", KindnetSpec::baselineAdminNetworkPolicies,
                            KindnetSpec.Builder::baselineAdminNetworkPolicies)
                    .bool("dnsCaching", KindnetSpec::dnsCaching, KindnetSpec.Builder::dnsCaching)
                    .bool("nat64", KindnetSpec::nat64, KindnetSpec.Builder::nat64)
                    .integer("fastPathThreshold", KindnetSpec::fastPathThreshold,
                            KindnetSpec.Builder::fastPathThreshold)
                    .object("masquerade", KINDNET_MASQUERADE, KindnetSpec::masquerade, KindnetSpec.Builder::masquerade)
                    .integer("logLevel", KindnetSpec::logLevel, KindnetSpec.Builder::logLevel)
                    .build();
}
