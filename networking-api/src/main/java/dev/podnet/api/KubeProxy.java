package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code spec.kubeProxy} networking reads and writes; every other key is kept as written. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KubeProxy {
    /** {@return {@code enabled}: false when kube-proxy is not deployed (e.g. Cilium's kube-proxy replacement)} */
    Optional<Boolean> enabled();

    /** {@return {@code clusterCIDR}: the pod CIDR kube-proxy treats as cluster-internal} */
    Optional<String> clusterCIDR();

    /**
     * {@code iptables}, {@code ipvs} or {@code nftables}.
     *
     * @return which proxier kube-proxy runs; empty when not set
     */
    Optional<String> proxyMode();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** {@return a builder holding every field of this value} */
    default Builder toBuilder() { return builder().from(this); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableKubeProxy.Builder {
        Builder() {
        }
    }
}
