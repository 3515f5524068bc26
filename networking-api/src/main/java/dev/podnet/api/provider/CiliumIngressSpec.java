package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.cilium.ingress} (kops 1.29+). When the block is present and {@code enabled}
 * is unset, kops defaults {@code enabled} to true; an absent block is defaulted to
 * {@code {enabled: false}}.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CiliumIngressSpec {

    /** {@code defaultLoadBalancerMode} values. */
    enum LoadBalancerMode {
        /** {@code shared}. */
        SHARED("shared"),
        /** {@code dedicated}. */
        DEDICATED("dedicated");

        private final String value;

        LoadBalancerMode(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /**
     * {@code enable-ingress-controller}.
     *
     * @return whether the Cilium ingress controller is on; empty when not set
     */
    Optional<Boolean> enabled();

    /**
     * {@code enforce-ingress-https}, rendered only when set.
     *
     * @return whether ingress enforces HTTPS; empty when not set (the key is then left out)
     */
    Optional<Boolean> enforceHttps();

    /**
     * {@code enable-ingress-secrets-sync}, rendered only when set.
     *
     * @return whether ingress secrets are synced; empty when not set (the key is then left out)
     */
    Optional<Boolean> enableSecretsSync();

    /**
     * {@code ingress-lb-annotation-prefixes}, a space-separated list, rendered only when non-empty.
     *
     * @return the space-separated prefixes; empty when not set
     */
    Optional<String> loadBalancerAnnotationPrefixes();

    /**
     * {@code shared} or {@code dedicated}; see {@link LoadBalancerMode}. Empty or {@code shared} also
     * emits the shared load-balancer Service and Endpoints.
     *
     * @return whether ingresses share one load balancer or get one each; empty when not set
     */
    Optional<String> defaultLoadBalancerMode();

    /**
     * Name of the shared load-balancer Service. Not defaulted by kops (its doc comment says
     * {@code cilium-ingress}).
     *
     * @return the name of the shared load balancer's Service; empty when not set
     */
    Optional<String> sharedLoadBalancerServiceName();

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

    /** Builds a {@link CiliumIngressSpec}; the enum overload writes the value kops expects. */
    final class Builder extends ImmutableCiliumIngressSpec.Builder {
        Builder() {
        }

        /**
         * Sets {@code defaultLoadBalancerMode} to the value of a {@link LoadBalancerMode}.
         *
         * @param mode the value
         * @return this builder
         */
        public Builder defaultLoadBalancerMode(LoadBalancerMode mode) {
            return defaultLoadBalancerMode(mode.value());
        }
    }
}
