package dev.podnet.api;

import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.immutables.value.Value;

/**
 * A cluster completed by one kops release's rules, with every default applied to get there in the
 * order applied. Only {@link dev.podnet.Podnet#complete} makes one; {@link dev.podnet.Podnet#render(Completion)} renders
 * it only with the release that made it.
 */
@Value.Immutable
public interface Completion {
    /** The kops release whose rules completed the cluster. */
    KopsVersion release();

    Cluster cluster();

    List<AppliedDefault> applied();

    static Completion of(KopsVersion release, Cluster cluster, List<AppliedDefault> applied) {
        return builder().release(release).cluster(cluster).applied(applied).build();
    }

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableCompletion.Builder {
    }
}
