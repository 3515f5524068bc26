package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code spec.kubeControllerManager} networking reads and writes. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface KubeControllerManager {
    /** {@return {@code clusterCIDR}: the pod CIDR the controller-manager allocates node ranges from} */
    Optional<String> clusterCIDR();

    /** {@return {@code allocateNodeCIDRs}: whether the controller-manager assigns each node a pod CIDR} */
    Optional<Boolean> allocateNodeCIDRs();

    /** {@return {@code configureCloudRoutes}: whether the controller-manager creates cloud routes for pod CIDRs} */
    Optional<Boolean> configureCloudRoutes();

    /** {@return keys podnet does not model, kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** {@return a builder holding every field of this value} */
    default Builder toBuilder() { return builder().from(this); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableKubeControllerManager.Builder {
        Builder() {
        }
    }
}
