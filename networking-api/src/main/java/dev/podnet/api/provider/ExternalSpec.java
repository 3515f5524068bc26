package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.networking.external: {}}: a user-provided DaemonSet that uses the kubenet kubelet
 * plugin. No fields in any release. Forbidden for Kubernetes 1.26+ from kops 1.26, and always from
 * kops 1.32 (use {@code cni} instead).
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ExternalSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.EXTERNAL; }

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

    /** Builds a {@link ExternalSpec}. */
    final class Builder extends ImmutableExternalSpec.Builder {
        Builder() {
        }
    }
}
