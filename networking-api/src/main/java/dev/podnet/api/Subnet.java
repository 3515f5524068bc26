package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code spec.subnets} ({@code spec.networking.subnets} in v1alpha3). */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Subnet {
    /** {@return {@code name}} */
    Optional<String> name();

    /** {@return {@code cidr}: the subnet's IPv4 CIDR} */
    Optional<String> cidr();

    /** {@return {@code ipv6CIDR}: the subnet's IPv6 CIDR, or {@code /64#<i>} for the i-th /64 of the VPC's range (AWS)} */
    Optional<String> ipv6CIDR();

    /** {@return {@code zone}} */
    Optional<String> zone();

    /** {@return {@code region} (GCE)} */
    Optional<String> region();

    /** {@return {@code id}: the id of an existing cloud subnet} */
    Optional<String> id();

    /** {@return {@code egress}: a NAT gateway, {@code External} or an instance for private subnets' egress} */
    Optional<String> egress();

    /**
     * {@code Public}, {@code Private}, {@code Utility} or {@code DualStack}.
     *
     * @return the subnet type; empty when not set
     */
    Optional<String> type();

    /** {@return {@code publicIP}: an existing elastic IP for the subnet's NAT gateway} */
    Optional<String> publicIP();

    /**
     * Unmodelled fields ({@code additionalRoutes}, ...), kept as written.
     *
     * @return the unmodelled subnet keys with their YAML values, in the order read; empty when there are none
     */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** {@return a builder holding every field of this value} */
    default Builder toBuilder() { return builder().from(this); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableSubnet.Builder {
        Builder() {
        }
    }
}
