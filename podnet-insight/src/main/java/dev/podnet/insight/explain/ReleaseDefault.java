package dev.podnet.insight.explain;

import dev.podnet.api.version.KopsVersion;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A field's default at one kops release, for the reference cluster {@code kops create cluster}
 * makes there (AWS, or GCE for GCE networking, with the field's provider); empty when that release
 * sets none.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ReleaseDefault {
    /** {@return the kops release} */
    KopsVersion release();

    /**
     * The default value, if the release sets one.
     *
     * @return the default value; empty when the release sets no default
     */
    Optional<String> value();

    /**
     * The rule that sets it.
     *
     * @return the id of the rule that sets it; empty when the release sets no default
     */
    Optional<String> rule();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link ReleaseDefault}. */
    final class Builder extends ImmutableReleaseDefault.Builder {
        Builder() {
        }
    }
}
