package dev.podnet;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.Objects;

/**
 * A cluster completed by one kops release's rules, with every default applied to get there, in the
 * order applied. Only {@link Podnet#complete} makes one (the constructor is not public), so a
 * completion cannot be forged from an uncompleted spec; {@link Podnet#render(Completion)} renders
 * it only with the release that made it, after strict validation.
 */
public final class Completion {
    private final KopsVersion release;
    private final Cluster cluster;
    private final List<AppliedDefault> applied;

    Completion(KopsVersion release, Cluster cluster, List<AppliedDefault> applied) {
        this.release = Objects.requireNonNull(release, "release");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.applied = List.copyOf(applied);
    }

    /**
     * The kops release whose rules completed the cluster.
     *
     * @return the release the facade that made this completion was created for; {@code render} refuses another
     */
    public KopsVersion release() { return release; }

    /**
     * The completed cluster.
     *
     * @return the completed cluster
     */
    public Cluster cluster() { return cluster; }

    /**
     * Every default applied, in order, each with its field, value and reason.
     *
     * @return the applied defaults; empty when the spec needed none
     */
    public List<AppliedDefault> applied() { return applied; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Completion c && release.equals(c.release) && cluster.equals(c.cluster) && applied.equals(c.applied);
    }

    @Override
    public int hashCode() { return Objects.hash(release, cluster, applied); }

    @Override
    public String toString() { return "Completion{release=" + release + ", cluster=" + cluster.name() + ", applied=" + applied.size() + "}"; }
}
