package dev.podnet.api.spi;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import java.util.List;
import java.util.Objects;

/**
 * What an engine's {@link NetworkingEngine#complete} returns: the cluster with a release's defaults
 * applied and each default, in order. The facade wraps it into a {@link dev.podnet.Completion} that
 * carries its release; only the facade can make one.
 *
 * @param cluster the completed cluster
 * @param applied every default applied, in order
 */
public record DefaultsApplied(Cluster cluster, List<AppliedDefault> applied) {
    /**
     * Copies {@code applied}.
     *
     * @param cluster the completed cluster
     * @param applied every default applied, in order
     * @throws NullPointerException if {@code cluster} is null
     */
    public DefaultsApplied {
        Objects.requireNonNull(cluster, "cluster");
        applied = List.copyOf(applied);
    }
}
