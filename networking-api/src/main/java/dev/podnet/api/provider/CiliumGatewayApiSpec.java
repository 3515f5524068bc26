package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.cilium.gatewayAPI} (kops 1.32+). When the block is present and
 * {@code enabled} is unset, kops defaults {@code enabled} to true; an absent block is defaulted to
 * {@code {enabled: false}}.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CiliumGatewayApiSpec {
    /**
     * {@code enable-gateway-api} and the GatewayClass.
     *
     * @return whether Gateway API support is on; empty when not set
     */
    Optional<Boolean> enabled();

    /**
     * {@code enable-gateway-api-secrets-sync}, rendered only when set.
     *
     * @return whether Gateway API secrets are synced; empty when not set (the key is then left out)
     */
    Optional<Boolean> enableSecretsSync();

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

    /** Builds a {@link CiliumGatewayApiSpec}. */
    final class Builder extends ImmutableCiliumGatewayApiSpec.Builder {
        Builder() {
        }
    }
}
