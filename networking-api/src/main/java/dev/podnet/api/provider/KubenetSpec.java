package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.networking.kubenet: {}}: kubenet, the kubelet's built-in bridge networking with cloud
 * routes (every kops release; the default provider of {@code kops create cluster} until 1.25). kops
 * never had a field for it; anything written under the key is kept in {@link #extraFields()}.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KubenetSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.KUBENET; }

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

    /** Builds a {@link KubenetSpec}. */
    final class Builder extends ImmutableKubenetSpec.Builder {
        Builder() {
        }
    }
}
