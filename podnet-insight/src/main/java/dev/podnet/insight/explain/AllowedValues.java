package dev.podnet.insight.explain;

import dev.podnet.api.version.VersionRange;
import java.util.List;
import org.immutables.value.Value;

/** The values kops' validation accepts for a field at some releases. */
@Value.Immutable
public interface AllowedValues {
    /** The releases (since inclusive, until exclusive). */
    VersionRange releases();

    List<String> values();

    static Builder builder() { return new Builder(); }

    /** Builds an {@link AllowedValues}. */
    final class Builder extends ImmutableAllowedValues.Builder {
    }
}
