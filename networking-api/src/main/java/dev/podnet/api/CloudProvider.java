package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.cloudProvider}: either the string form ({@code cloudProvider: aws}) or the object form
 * ({@code cloudProvider: {aws: {...}}}, kops 1.26+), kept in the form it was written.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CloudProvider {
    /** {@return the cloud, in string form {@code cloudProvider: aws} or the single key of the object form} */
    Cloud cloud();

    /**
     * True for {@code cloudProvider: {aws: {}}}.
     *
     * @return whether the object form was written; false by default
     */
    @Value.Default
    default boolean objectForm() { return false; }

    /**
     * The settings inside the object form ({@code cloudProvider.aws}), kept as YAML values.
     *
     * @return the settings of the object form, key by key as YAML values; empty for the string form
     */
    @AllowNulls
    Map<String, Object> settings();

    /**
     * The string form {@code cloudProvider: <id>}.
     *
     * @param cloud the cloud
     * @return the cloud provider, not in object form
     */
    static CloudProvider of(Cloud cloud) { return builder().cloud(cloud).build(); }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableCloudProvider.Builder {
        Builder() {
        }
    }
}
