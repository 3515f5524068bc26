package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code spec.kubeProxy} networking reads and writes; every other key is kept as written. */
@Value.Immutable
public interface KubeProxy {
    Optional<Boolean> enabled();

    Optional<String> clusterCIDR();

    /** {@code iptables}, {@code ipvs} or {@code nftables}. */
    Optional<String> proxyMode();

    @AllowNulls
    Map<String, Object> extraFields();

    static Builder builder() { return new Builder(); }

    default Builder toBuilder() { return builder().from(this); }

    final class Builder extends ImmutableKubeProxy.Builder {
    }
}
