package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.kindnet.masquerade}. kops defaults it only when the whole block is absent:
 * IPv6-only → {@code enabled: false}; IPv4 → {@code enabled: true} plus networkCIDR, podCIDR and
 * serviceClusterIPRange as {@code nonMasqueradeCIDRs}.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KindnetMasqueradeSpec {
    /**
     * kindnetd {@code --masquerading=<value>}; unset renders true.
     *
     * @return whether kindnetd masquerades; empty when not set
     */
    Optional<Boolean> enabled();

    /**
     * kindnetd {@code --no-masquerade-cidr=<comma-joined>} (only if non-empty); checked only when enabled.
     *
     * @return the CIDRs exempt from masquerading, in the order written; empty when none is given
     */
    List<String> nonMasqueradeCIDRs();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /**
     * A builder that starts from this value.
     *
     * @return a builder preset with this spec's fields, to change some and build a new one
     */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link KindnetMasqueradeSpec}. */
    final class Builder extends ImmutableKindnetMasqueradeSpec.Builder {
        Builder() {
        }
    }
}
