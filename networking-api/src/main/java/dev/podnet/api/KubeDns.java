package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code spec.kubeDNS} networking reads (the cluster DNS service IP). */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KubeDns {
    /** {@return {@code serverIP}: the cluster DNS service IP} */
    Optional<String> serverIP();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableKubeDns.Builder {
        Builder() {
        }
    }
}
