package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * GCE/GCP IP-alias networking: {@code spec.networking.gce: {}} (v1alpha2, every release; v1alpha3
 * 1.23–1.27) or {@code spec.networking.gcp: {}} (v1alpha3, kops 1.28+). kops 1.15+; no fields in any
 * release ({@code GCENetworkingSpec}, renamed {@code GCPNetworkingSpec} in kops 1.28).
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface GcpSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.GCP; }

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

    /** Builds a {@link GcpSpec}. */
    final class Builder extends ImmutableGcpSpec.Builder {
        Builder() {
        }
    }
}
