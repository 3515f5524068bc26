package dev.podnet.insight.migrate;

import java.util.Optional;
import org.immutables.value.Value;

/** One change the migration makes to the spec, and why. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface SpecEdit {
    /**
     * The field, e.g. {@code spec.networking.calico}.
     *
     * @return the field path
     */
    String path();

    /**
     * The old value as YAML flow text; empty when absent.
     *
     * @return the old value as YAML flow text; empty when the field was absent
     */
    Optional<String> before();

    /**
     * The new value as YAML flow text; empty when removed.
     *
     * @return the new value as YAML flow text; empty when the edit removes the field
     */
    Optional<String> after();

    /**
     * Why.
     *
     * @return why the edit is made, in words
     */
    String reason();

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link SpecEdit}. */
    final class Builder extends ImmutableSpecEdit.Builder {
        Builder() {
        }
    }
}
