package dev.podnet.api;

import java.util.List;
import org.immutables.value.Value;

/** The completed cluster and every default applied to get there, in the order applied. */
@Value.Immutable
public interface Completion {
    Cluster cluster();

    List<AppliedDefault> applied();

    static Completion of(Cluster cluster, List<AppliedDefault> applied) {
        return builder().cluster(cluster).applied(applied).build();
    }

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableCompletion.Builder {
    }
}
