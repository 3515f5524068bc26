package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cluster's networking: the cluster-level fields (kept at the top of {@code spec} in v1alpha2,
 * under {@code spec.networking} in v1alpha3) and at most one provider. No provider means "let the
 * release choose" when the spec is completed.
 */
@Value.Immutable
public interface Networking {
    Optional<String> networkID();

    Optional<String> networkCIDR();

    List<String> additionalNetworkCIDRs();

    Optional<String> nonMasqueradeCIDR();

    Optional<String> podCIDR();

    Optional<String> serviceClusterIPRange();

    Optional<Topology> topology();

    List<Subnet> subnets();

    Optional<EgressProxy> egressProxy();

    Optional<Boolean> tagSubnets();

    /** {@code isolateMasters} in v1alpha2. */
    Optional<Boolean> isolateControlPlane();

    /** The one provider, if any. */
    Optional<ProviderSpec> provider();

    /**
     * Keys under {@code spec.networking} podnet does not model, kept as written. A second provider in
     * the same document lands here, so that it is written back and validation reports it.
     */
    @AllowNulls
    Map<String, Object> extraFields();

    /** The provider's kind, if a provider is set. */
    default Optional<ProviderKind> providerKind() { return provider().map(ProviderSpec::kind); }

    /** The provider as the given type, if it is one. */
    default <P extends ProviderSpec> Optional<P> provider(Class<P> type) {
        return provider().filter(type::isInstance).map(type::cast);
    }

    static Networking empty() { return builder().build(); }

    static Networking of(ProviderSpec provider) { return builder().provider(provider).build(); }

    static Builder builder() { return new Builder(); }

    default Builder toBuilder() { return builder().from(this); }

    final class Builder extends ImmutableNetworking.Builder {
    }
}
