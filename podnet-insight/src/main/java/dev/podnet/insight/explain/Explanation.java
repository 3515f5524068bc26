package dev.podnet.insight.explain;

import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.immutables.value.Value;

/** Every networking value of a completed spec, in document order, with where it came from. */
@Value.Immutable
public interface Explanation {
    /** {@return the kops release whose rules completed the spec} */
    KopsVersion release();

    /** {@return every networking value of the completed spec, in document order} */
    List<FieldOrigin> fields();

    /**
     * The values of one source.
     *
     * @param source the source
     * @return the values of that source, in document order; empty when none
     */
    default List<FieldOrigin> from(ValueSource source) {
        return fields().stream().filter(f -> f.source() == source).toList();
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds an {@link Explanation}. */
    final class Builder extends ImmutableExplanation.Builder {
    }
}
