package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code spec.kubeControllerManager} networking reads and writes. */
@Value.Immutable
public interface KubeControllerManager {
    Optional<String> clusterCIDR();

    Optional<Boolean> allocateNodeCIDRs();

    Optional<Boolean> configureCloudRoutes();

    @AllowNulls
    Map<String, Object> extraFields();

    static Builder builder() { return new Builder(); }

    default Builder toBuilder() { return builder().from(this); }

    final class Builder extends ImmutableKubeControllerManager.Builder {
    }
}
