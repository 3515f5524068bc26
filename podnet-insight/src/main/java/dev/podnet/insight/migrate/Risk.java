package dev.podnet.insight.migrate;

import org.immutables.value.Value;

/** One risk of a migration. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Risk {
    /**
     * Its kind.
     *
     * @return the kind of risk
     */
    RiskKind kind();

    /**
     * What happens and what to do about it.
     *
     * @return what happens and what to do about it, in words
     */
    String description();

    /**
     * @param kind the kind of risk
     * @param description what happens and what to do about it
     * @return a risk of that kind
     */
    static Risk of(RiskKind kind, String description) {
        return builder().kind(kind).description(description).build();
    }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link Risk}. */
    final class Builder extends ImmutableRisk.Builder {
        Builder() {
        }
    }
}
