package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.networking.classic: {}}: the pre-Kubernetes-1.4 networking mode. An empty struct kops
 * keeps only to reject it: every release reports {@code spec.networking} Invalid "classic networking is
 * not supported". Not representable in v1alpha3.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ClassicSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.CLASSIC; }

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

    /** Builds a {@link ClassicSpec}. */
    final class Builder extends ImmutableClassicSpec.Builder {
        Builder() {
        }
    }
}
