package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code spec.etcdClusters}; networking reads its name (a {@code cilium} cluster for cilium-etcd). */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface EtcdCluster {
    /** {@return {@code name}, e.g. {@code main}, {@code events} or {@code cilium}} */
    Optional<String> name();

    /** {@return keys podnet does not model (members, version, ...), kept as written} */
    @AllowNulls
    Map<String, Object> extraFields();

    /**
     * An etcd cluster with only a name.
     *
     * @param name the name
     * @return the etcd cluster
     */
    static EtcdCluster named(String name) { return builder().name(name).build(); }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableEtcdCluster.Builder {
        Builder() {
        }
    }
}
