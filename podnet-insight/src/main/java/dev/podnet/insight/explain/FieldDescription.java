package dev.podnet.insight.explain;

import java.util.List;
import org.immutables.value.Value;

/** A field's documentation with its defaults by release and every rule that involves it. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface FieldDescription {
    /** {@return the field's documentation} */
    FieldDoc doc();

    /**
     * The default at each known kops release, oldest first (releases where the reference cluster cannot be made are left out).
     *
     * @return one row per release with a reference cluster, oldest release first
     */
    List<ReleaseDefault> defaults();

    /**
     * The validation rules of the documentation and the default rules seen at any release.
     *
     * @return the rule ids; empty when no rule involves the field
     */
    List<String> rules();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link FieldDescription}. */
    final class Builder extends ImmutableFieldDescription.Builder {
        Builder() {
        }
    }
}
