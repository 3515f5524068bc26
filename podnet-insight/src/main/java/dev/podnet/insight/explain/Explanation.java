package dev.podnet.insight.explain;

import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.immutables.value.Value;

/** Every networking value of a completed spec, in document order, with where it came from. */
@Value.Immutable
public interface Explanation {
    /** The kops release whose rules completed the spec. */
    KopsVersion release();

    List<FieldOrigin> fields();

    /** The values of one source. */
    default List<FieldOrigin> from(ValueSource source) {
        return fields().stream().filter(f -> f.source() == source).toList();
    }

    static Builder builder() { return new Builder(); }

    /** Builds an {@link Explanation}. */
    final class Builder extends ImmutableExplanation.Builder {
    }
}
