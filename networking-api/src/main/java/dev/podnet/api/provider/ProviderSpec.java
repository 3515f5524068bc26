package dev.podnet.api.provider;

import java.util.Map;

/**
 * The configuration of one networking provider ({@code spec.networking.<key>}).
 *
 * <p>Implementations are immutable value types with builders, one per {@link ProviderKind}.
 */
public interface ProviderSpec {
    /**
     * Which provider this configures.
     *
     * @return the provider this configuration belongs to
     */
    ProviderKind kind();

    /**
     * Fields of this provider's YAML object that podnet does not model, in the order they were
     * read, with their YAML values (maps, lists, strings, numbers, booleans, nulls). They are
     * written back unchanged.
     *
     * @return the unmodelled keys with their YAML values, in the order read; empty when there are none
     */
    Map<String, Object> extraFields();
}
