package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kube-router: {@code spec.networking.kuberouter} (v1alpha2, and v1alpha3 1.23–1.25) or
 * {@code spec.networking.kubeRouter} (v1alpha3, kops 1.26+). An empty object in kops 1.18–1.36.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KubeRouterSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.KUBE_ROUTER; }

    /**
     * When true, kube-router gets {@code --use-nftables-for-netpol=true}. Default false. kops 1.37
     * development line (master) only.
     *
     * @return whether kube-router uses nftables for network policies; empty when not set
     */
    Optional<Boolean> useNFTablesForNetpol();

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

    /** Builds a {@link KubeRouterSpec}. */
    final class Builder extends ImmutableKubeRouterSpec.Builder {
        Builder() {
        }
    }
}
