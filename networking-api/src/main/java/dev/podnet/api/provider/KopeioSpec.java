package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.networking.kopeio: {}}: kopeio-networking (vxlan), {@code --networking kopeio} or
 * {@code kopeio-vxlan}. An empty object in every kops release; treated like kubenet on the nodes.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KopeioSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.KOPEIO; }

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

    /** Builds a {@link KopeioSpec}. */
    final class Builder extends ImmutableKopeioSpec.Builder {
        Builder() {
        }
    }
}
