package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.cilium.hubble} (kops 1.19+). Hubble needs cert-manager (kops 1.21+). When the
 * block is present and {@code enabled} is unset, kops defaults {@code enabled} to true; an absent
 * block is defaulted to {@code {enabled: false}}.
 */
@Value.Immutable
public interface HubbleSpec {
    /**
     * Whether Hubble runs on the agent.
     *
     * @return the value; empty when not set
     */
    Optional<Boolean> enabled();

    /**
     * Hubble metrics to collect ({@code hubble-metrics}); empty disables the metrics server.
     *
     * @return the values, in order; empty when not set
     */
    List<String> metrics();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /**
     * A builder that starts from this value.
     *
     * @return a builder holding every field of this value
     */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link HubbleSpec}. */
    final class Builder extends ImmutableHubbleSpec.Builder {
    }
}
