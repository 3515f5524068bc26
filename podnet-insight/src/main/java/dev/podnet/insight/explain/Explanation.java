package dev.podnet.insight.explain;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.insight.diff.PatchEffect;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every networking value of a completed spec, in document order, with where it came from; and,
 * when rendered with patches, what each patch changed in the manifest.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Explanation {
    /** {@return the kops release whose rules completed the spec} */
    KopsVersion release();

    /** {@return every networking value of the completed spec, in document order} */
    List<FieldOrigin> fields();

    /**
     * What each post-render patch changed in the rendered manifest (made by
     * {@link Explainer#explain(dev.podnet.Podnet, dev.podnet.api.Cluster, dev.podnet.api.render.RenderOptions)}).
     *
     * @return the values, in patch order; empty when not set
     */
    List<PatchEffect> patches();

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
        Builder() {
        }
    }
}
