package dev.podnet.insight.diff;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A default that differs between the two releases for this spec: the value completion gives the
 * field at each release (empty where that release sets no default there), with the rule that sets it.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface DefaultChange {
    /**
     * The field, as kops names it, e.g. {@code spec.networking.cilium.version}.
     *
     * @return the field path
     */
    String path();

    /**
     * The default at the older release; empty when it sets none.
     *
     * @return the older release's default; empty when it sets none
     */
    Optional<String> before();

    /**
     * The default at the newer release; empty when it sets none.
     *
     * @return the newer release's default; empty when it sets none
     */
    Optional<String> after();

    /**
     * The rule id (of the newer release when it sets one), e.g. {@code cilium.version}.
     *
     * @return the rule id
     */
    String rule();

    /**
     * Why, with the releases and conditions the rule belongs to.
     *
     * @return the rule's reason in words, with its releases and conditions
     */
    String reason();

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link DefaultChange}. */
    final class Builder extends ImmutableDefaultChange.Builder {
        Builder() {
        }
    }
}
