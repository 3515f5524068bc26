package dev.podnet.providers.cluster;

import java.util.Map;
import java.util.Optional;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.ProviderYaml;

/**
 * A provider block written beside the model's provider (kept in {@code networking.extraFields} by the reader, e.g.
 * {@code cni: {}} beside {@code calico}), read as that provider's spec where it is one: kops decodes and completes
 * every provider block it knows (kops-oracle 1.20-1.30).
 */
public final class SecondProviderBlock {
    private SecondProviderBlock() {
    }

    /**
     * The block under {@code key} read as its provider's spec; empty where the key is no provider's (current)
     * key, the value is not a mapping, or the mapping does not read as that provider (kept as written then: the
     * release's rules judge it).
     *
     * @param key the key under {@code spec.networking}
     * @param value the value written under it
     * @return the provider and its spec, or empty
     */
    public static Optional<Map.Entry<ProviderKind, ProviderSpec>> read(String key, Object value) {
        Optional<ProviderKind> kind = ProviderKind.byKey(key);
        if (kind.isEmpty() || !key.equals(kind.get().key()) || !(value instanceof Map<?, ?> block)) return Optional.empty();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) block;
            return Optional.of(Map.entry(kind.get(), ProviderYaml.fromMap(kind.get(), tree)));
        } catch (ClusterYamlException | ClassCastException notThatProvider) {
            return Optional.empty();
        }
    }
}
