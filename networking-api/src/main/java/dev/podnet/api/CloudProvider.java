package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.cloudProvider}: either the string form ({@code cloudProvider: aws}) or the object form
 * ({@code cloudProvider: {aws: {...}}}, kops 1.26+), kept in the form it was written.
 */
@Value.Immutable
public interface CloudProvider {
    Cloud cloud();

    /** True for {@code cloudProvider: {aws: {}}}. */
    @Value.Default
    default boolean objectForm() { return false; }

    /** The settings inside the object form ({@code cloudProvider.aws}), kept as YAML values. */
    @AllowNulls
    Map<String, Object> settings();

    static CloudProvider of(Cloud cloud) { return builder().cloud(cloud).build(); }

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableCloudProvider.Builder {
    }
}
