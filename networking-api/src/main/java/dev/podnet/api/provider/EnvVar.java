package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One {@code {name, value}} entry of an env list, as kops' {@code EnvVar} (e.g. {@code amazonvpc.env}). */
@Value.Immutable
public interface EnvVar {
    Optional<String> name();

    Optional<String> value();

    @AllowNulls
    Map<String, Object> extraFields();

    static EnvVar of(String name, String value) { return builder().name(name).value(value).build(); }

    static Builder builder() { return new Builder(); }

    /** A builder that starts from this value. */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds an {@link EnvVar}. */
    final class Builder extends ImmutableEnvVar.Builder {
    }
}
