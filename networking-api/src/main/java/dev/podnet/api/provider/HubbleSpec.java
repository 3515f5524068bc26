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
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface HubbleSpec {
    /**
     * Whether Hubble runs on the agent.
     *
     * @return whether Hubble is on; empty when not set
     */
    Optional<Boolean> enabled();

    /**
     * Hubble metrics to collect ({@code hubble-metrics}); empty disables the metrics server.
     *
     * @return the metric names in the order written, e.g. {@code dns}, {@code drop}; empty when none is given
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
     * @return a builder preset with this spec's fields, to change some and build a new one
     */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link HubbleSpec}. */
    final class Builder extends ImmutableHubbleSpec.Builder {
        Builder() {
        }
    }
}
