package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code spec.subnets} ({@code spec.networking.subnets} in v1alpha3). */
@Value.Immutable
public interface Subnet {
    Optional<String> name();

    Optional<String> cidr();

    Optional<String> ipv6CIDR();

    Optional<String> zone();

    Optional<String> region();

    Optional<String> id();

    Optional<String> egress();

    /** {@code Public}, {@code Private}, {@code Utility} or {@code DualStack}. */
    Optional<String> type();

    Optional<String> publicIP();

    /** Unmodelled fields ({@code additionalRoutes}, ...), kept as written. */
    @AllowNulls
    Map<String, Object> extraFields();

    static Builder builder() { return new Builder(); }

    default Builder toBuilder() { return builder().from(this); }

    final class Builder extends ImmutableSubnet.Builder {
    }
}
