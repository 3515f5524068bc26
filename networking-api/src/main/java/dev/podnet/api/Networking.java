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
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Networking {
    /** {@return {@code networkID}: the id of an existing VPC the cluster uses} */
    Optional<String> networkID();

    /** {@return {@code networkCIDR}: the VPC CIDR} */
    Optional<String> networkCIDR();

    /** {@return {@code additionalNetworkCIDRs}: further VPC CIDRs; empty when none} */
    List<String> additionalNetworkCIDRs();

    /** {@return {@code nonMasqueradeCIDR}: the range pods reach without SNAT} */
    Optional<String> nonMasqueradeCIDR();

    /** {@return {@code podCIDR}: the range pod IPs come from (kops' {@code clusterCIDR} under kubeControllerManager)} */
    Optional<String> podCIDR();

    /** {@return {@code serviceClusterIPRange}: the range service cluster IPs come from} */
    Optional<String> serviceClusterIPRange();

    /** {@return {@code topology}; empty when the spec has none} */
    Optional<Topology> topology();

    /** {@return the subnets, in order; empty when the spec has none} */
    List<Subnet> subnets();

    /** {@return {@code egressProxy}; empty when the spec has none} */
    Optional<EgressProxy> egressProxy();

    /** {@return {@code tagSubnets}: whether kops tags the subnets it uses (AWS)} */
    Optional<Boolean> tagSubnets();

    /**
     * {@code isolateMasters} in v1alpha2.
     *
     * @return whether the control plane is isolated; empty when not set
     */
    Optional<Boolean> isolateControlPlane();

    /**
     * The one provider, if any.
     *
     * @return the typed spec of the provider under {@code spec.networking}; empty when none is set
     */
    Optional<ProviderSpec> provider();

    /**
     * Keys under {@code spec.networking} podnet does not model, kept as written. A second provider in
     * the same document lands here, so that it is written back and validation reports it.
     *
     * @return the unmodelled keys under {@code spec.networking} (a second provider included) with their YAML
     *         values, in the order read; empty when there are none
     */
    @AllowNulls
    Map<String, Object> extraFields();

    /**
     * The provider's kind, if a provider is set.
     *
     * @return the kind; empty when no provider is set
     */
    default Optional<ProviderKind> providerKind() {
        return provider().isPresent() ? Optional.of(provider().get().kind()) : Optional.empty();
    }

    /**
     * The provider as the given type, if it is one.
     *
     * @param <P> the provider type
     * @param type the provider class, e.g. {@code CalicoSpec.class}
     * @return the provider; empty when none is set or it is of another type
     */
    default <P extends ProviderSpec> Optional<P> provider(Class<P> type) {
        Optional<ProviderSpec> p = provider();
        return p.isPresent() && type.isInstance(p.get()) ? Optional.of(type.cast(p.get())) : Optional.empty();
    }

    /** {@return networking with no field set and no provider} */
    static Networking empty() { return builder().build(); }

    /**
     * Networking with only a provider.
     *
     * @param provider the provider
     * @return the networking
     */
    static Networking of(ProviderSpec provider) { return builder().provider(provider).build(); }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** {@return a builder holding every field of this value} */
    default Builder toBuilder() { return builder().from(this); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableNetworking.Builder {
        Builder() {
        }
    }
}
