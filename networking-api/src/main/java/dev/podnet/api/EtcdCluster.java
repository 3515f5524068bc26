package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code spec.etcdClusters}; networking reads its name (a {@code cilium} cluster for cilium-etcd). */
@Value.Immutable
public interface EtcdCluster {
    Optional<String> name();

    @AllowNulls
    Map<String, Object> extraFields();

    static EtcdCluster named(String name) { return builder().name(name).build(); }

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableEtcdCluster.Builder {
    }
}
