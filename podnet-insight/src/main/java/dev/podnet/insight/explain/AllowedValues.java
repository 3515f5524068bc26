package dev.podnet.insight.explain;

import dev.podnet.api.version.VersionRange;
import java.util.List;
import org.immutables.value.Value;

/** The values kops' validation accepts for a field at some releases. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface AllowedValues {
    /** {@return the releases (since inclusive, until exclusive)} */
    VersionRange releases();

    /** {@return the accepted values, as kops spells them} */
    List<String> values();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds an {@link AllowedValues}. */
    final class Builder extends ImmutableAllowedValues.Builder {
        Builder() {
        }
    }
}
