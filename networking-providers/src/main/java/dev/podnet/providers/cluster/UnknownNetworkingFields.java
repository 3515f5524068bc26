package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.api.yaml.internal.UnknownFields;

/**
 * Keys under {@code spec.networking} that kops' Go types have no field for, dropped as kops' lenient
 * decoder drops them (every release kops-oracle has, 1.19-1.36): unknown keys of the provider block and
 * of its nested blocks (a misspelt field, a field in another letter case), and keys of
 * {@code spec.networking} that name neither a provider nor a network field of the document's version.
 * A second provider's key stays, for the rules on two providers, its block cleaned as the provider's. Stateless.
 */
final class UnknownNetworkingFields {
    static final String RULE = "cluster.unknown-networking-fields-dropped";
    private static final String REASON = "kops decodes the Cluster through JSON into Go structs and drops keys its types"
            + " have no field for (field names match case-sensitively)";

    private UnknownNetworkingFields() {
    }

    static Cluster drop(Cluster c, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        Networking.Builder b = null;
        if (n.provider().isPresent()) {
            ProviderSpec p = n.provider().get();
            UnknownFields.Dropped d = UnknownFields.dropFrom(p, "spec.networking." + p.kind().key());
            if (!d.dropped().isEmpty()) {
                for (String path : d.dropped()) applied.accept(removed(path));
                b = n.toBuilder().provider(d.spec());
            }
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : n.extraFields().entrySet()) {
            String k = e.getKey();
            if (ProviderKind.byKey(k).isPresent()) extras.put(k, secondProvider(k, e.getValue(), applied));
            else applied.accept(removed("spec.networking." + k));
        }
        if (!extras.equals(n.extraFields())) b = (b == null ? n.toBuilder() : b).extraFields(extras);
        return b == null ? c : withNetworking(c, b.build());
    }

    /** A second provider's block, its unknown keys dropped too (kops-oracle 1.30: cni: {frob: 1} beside calico completes as cni: {}). */
    private static Object secondProvider(String key, Object value, Consumer<AppliedDefault> applied) {
        ProviderSpec spec = SecondProviderBlock.read(key, value).map(Map.Entry::getValue).orElse(null);
        if (spec == null) return value; // kept as written: the release's rules judge it
        UnknownFields.Dropped d = UnknownFields.dropFrom(spec, "spec.networking." + key);
        if (d.dropped().isEmpty()) return value;
        for (String path : d.dropped()) applied.accept(removed(path));
        return ProviderYaml.toMap(d.spec());
    }

    private static AppliedDefault removed(String path) {
        return AppliedDefault.of(path, "(removed)", RULE, REASON);
    }
}
