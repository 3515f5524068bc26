package dev.podnet.insight.explain;

import dev.podnet.api.version.VersionRange;
import java.util.Optional;
import org.immutables.value.Value;

/** One networking value of a completed spec and where it came from. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface FieldOrigin {
    /**
     * The value's path, e.g. {@code spec.subnets[0].cidr}.
     *
     * @return the dotted path of the value in the completed spec
     */
    String path();

    /** {@return the value as one line (lists and mappings in JSON's flow form)} */
    String value();

    /** {@return where the value came from: the user, a default rule, or the completion without a recorded rule} */
    ValueSource source();

    /**
     * For a default: the id of the rule that set it.
     *
     * @return the id of the default rule; empty when the value was not a default
     */
    Optional<String> rule();

    /**
     * For a default: why, as the rule says.
     *
     * @return the reason the rule gives, in words; empty when the value was not a default
     */
    Optional<String> reason();

    /**
     * For a default that is a row of a release table: the releases of that row.
     *
     * @return the row's release range; empty when the value was not a release-table default
     */
    Optional<VersionRange> releases();

    /**
     * {@code path = value  [user]} or {@code path = value  [default calico.mtu (>=1.19): reason]}.
     *
     * @return the one-line form
     */
    default String line() {
        StringBuilder b = new StringBuilder(path()).append(" = ").append(value()).append("  [");
        switch (source()) {
            case USER -> b.append("user");
            case COMPLETION -> b.append("completion, no rule recorded");
            case DEFAULT -> {
                b.append("default ").append(rule().orElse("?"));
                releases().ifPresent(r -> b.append(" (kops ").append(r).append(')'));
                reason().ifPresent(r -> b.append(": ").append(r));
            }
        }
        return b.append(']').toString();
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link FieldOrigin}. */
    final class Builder extends ImmutableFieldOrigin.Builder {
        Builder() {
        }
    }
}
