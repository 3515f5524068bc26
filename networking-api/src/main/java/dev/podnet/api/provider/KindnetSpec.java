package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.kindnet}: kindnet (kops 1.32+, experimental). The same JSON in v1alpha2 and
 * v1alpha3.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KindnetSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.KINDNET; }

    /**
     * Image tag. Default {@code v1.8.2} (1.32–1.34), {@code v1.0.0} (1.35–1.36), {@code v1.0.1} (1.37).
     *
     * @return the kindnetd image tag; empty when not set
     */
    Optional<String> version();

    /**
     * If set: kindnetd {@code --network-policy=<value>}.
     *
     * @return whether kindnetd enforces network policies; empty when not set (the flag is then left out)
     */
    Optional<Boolean> networkPolicies();

    /**
     * If set: kindnetd {@code --admin-network-policy=<value>}, the ANP RBAC rule and CRD.
     *
     * @return whether kindnetd enforces admin network policies; empty when not set (the flag is then left out)
     */
    Optional<Boolean> adminNetworkPolicies();

    /**
     * If set: kindnetd {@code --admin-network-policy=<value>} (kops reuses the ANP flag name), the
     * BANP RBAC rule and CRD.
     *
     * @return whether kindnetd enforces baseline admin network policies; empty when not set (the flag is then left
     *         out)
     */
    Optional<Boolean> baselineAdminNetworkPolicies();

    /**
     * kindnetd {@code --dns-caching}; unset renders true in 1.32–1.36, false in 1.37.
     *
     * @return whether kindnetd caches DNS; empty when not set
     */
    Optional<Boolean> dnsCaching();

    /**
     * kindnetd {@code --nat64}; defaulted to true for IPv6-only clusters off AWS.
     *
     * @return whether kindnetd runs NAT64; empty when not set
     */
    Optional<Boolean> nat64();

    /**
     * kindnetd {@code --fastpath-threshold}. Default 0.
     *
     * @return the packet count after which kindnetd moves a flow to its fast path; empty when not set
     */
    Optional<Integer> fastPathThreshold();

    /**
     * Masquerading; see {@link KindnetMasqueradeSpec}.
     *
     * @return the masquerade settings; empty when there is no {@code masquerade} block
     */
    Optional<KindnetMasqueradeSpec> masquerade();

    /**
     * kindnetd {@code --v}. Default 2.
     *
     * @return the kindnetd log verbosity; empty when not set
     */
    Optional<Integer> logLevel();

    @Override
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

    /** Builds a {@link KindnetSpec}. */
    final class Builder extends ImmutableKindnetSpec.Builder {
        Builder() {
        }
    }
}
