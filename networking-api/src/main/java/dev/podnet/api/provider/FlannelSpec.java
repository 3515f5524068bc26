package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.flannel}: Flannel with the {@code vxlan} or {@code udp} backend (every kops
 * release; Forbidden for Kubernetes 1.28+ in kops 1.28–1.31, restored in 1.32). Enumerated values
 * are kept as the strings the user wrote.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface FlannelSpec extends ProviderSpec {

    /** {@code backend} values. */
    enum Backend {
        /** {@code vxlan}. */
        VXLAN("vxlan"),
        /** {@code udp}. */
        UDP("udp");

        private final String value;

        Backend(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    @Override
    default ProviderKind kind() { return ProviderKind.FLANNEL; }

    /**
     * {@code vxlan} or {@code udp}; see {@link Backend}. Empty is defaulted to {@code udp} by kops' API
     * defaulting (the "legacy default"); {@code kops create cluster} writes {@code vxlan}.
     *
     * @return how flannel carries pod traffic between nodes; empty when not set
     */
    Optional<String> backend();

    /**
     * Deprecated in kops 1.19 and without effect (v1alpha2 only).
     *
     * @return whether TX checksum offloading is to be disabled (no effect); empty when not set
     */
    Optional<Boolean> disableTxChecksumOffloading();

    /**
     * flanneld {@code --iptables-resync=<n>}, in seconds. Default 5.
     *
     * @return the resync period in seconds; empty when not set
     */
    Optional<Integer> iptablesResyncSeconds();

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

    /** Builds a {@link FlannelSpec}; the enum overload writes the value kops expects. */
    final class Builder extends ImmutableFlannelSpec.Builder {
        Builder() {
        }

        /**
         * Sets {@code backend} to the value of a {@link Backend}.
         *
         * @param backend the value
         * @return this builder
         */
        public Builder backend(Backend backend) { return backend(backend.value()); }
    }
}
