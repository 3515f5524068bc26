package dev.podnet.insight.lint;

import org.immutables.value.Value;

/** One advisory lint: what it finds, why it matters and where its facts come from. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface LintRule {
    /**
     * Stable id; findings carry {@code lint.<id>} as their rule.
     *
     * @return the lint's id, e.g. the {@code <id>} in {@code lint.<id>}
     */
    String id();

    /** {@return a one-line title of what the lint finds} */
    String title();

    /**
     * Why the finding matters.
     *
     * @return why a finding of this lint matters, in words
     */
    String reason();

    /**
     * Where the lint's facts come from.
     *
     * @return where the lint's facts come from, in words
     */
    String source();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link LintRule}. */
    final class Builder extends ImmutableLintRule.Builder {
        Builder() {
        }
    }
}
