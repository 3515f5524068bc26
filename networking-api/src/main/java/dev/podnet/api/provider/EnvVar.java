package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One {@code {name, value}} entry of an env list, as kops' {@code EnvVar} (e.g. {@code amazonvpc.env}). */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface EnvVar {
    /** {@return {@code name}: the variable's name} */
    Optional<String> name();

    /** {@return {@code value}: the variable's value} */
    Optional<String> value();

    /** {@return keys podnet does not model (e.g. {@code valueFrom}), kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /**
     * An entry with a name and value.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return the entry
     */
    static EnvVar of(String name, String value) { return builder().name(name).value(value).build(); }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /**
     * A builder that starts from this value.
     *
     * @return a builder preset with this variable's fields, to change some and build a new one
     */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds an {@link EnvVar}. */
    final class Builder extends ImmutableEnvVar.Builder {
        Builder() {
        }
    }
}
