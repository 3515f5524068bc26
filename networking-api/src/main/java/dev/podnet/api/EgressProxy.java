package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code spec.egressProxy}: {@code httpProxy: {host, port}} and comma-separated {@code excludes}. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface EgressProxy {
    /** {@return {@code httpProxy.host}} */
    Optional<String> host();

    /** {@return {@code httpProxy.port}} */
    Optional<Integer> port();

    /** {@return {@code excludes}: comma-separated hosts and CIDRs not sent through the proxy} */
    Optional<String> excludes();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableEgressProxy.Builder {
        Builder() {
        }
    }
}
