package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.topology}. v1alpha2 writes {@code masters}, {@code nodes} and {@code dns: {type}};
 * v1alpha3 (kops 1.26+) writes {@code controlPlane} and {@code dns} as a string. Both read into
 * this one form.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Topology {
    /**
     * {@code public} or {@code private} (v1alpha2 {@code masters}; dropped by kops 1.28+).
     *
     * @return the control-plane topology; empty when not set
     */
    Optional<String> masters();

    /**
     * {@code public} or {@code private} (dropped by kops 1.28+).
     *
     * @return the node topology; empty when not set
     */
    Optional<String> nodes();

    /**
     * {@code Public}, {@code Private} or {@code None}.
     *
     * @return the DNS zone type of the cluster; empty when not set
     */
    Optional<String> dnsType();

    /**
     * {@code bastion}, kept as written.
     *
     * @return the {@code bastion} YAML value; empty when not set
     */
    Optional<Object> bastion();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableTopology.Builder {
        Builder() {
        }
    }
}
