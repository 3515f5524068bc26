package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code spec.egressProxy}: {@code httpProxy: {host, port}} and comma-separated {@code excludes}. */
@Value.Immutable
public interface EgressProxy {
    Optional<String> host();

    Optional<Integer> port();

    Optional<String> excludes();

    @AllowNulls
    Map<String, Object> extraFields();

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableEgressProxy.Builder {
    }
}
