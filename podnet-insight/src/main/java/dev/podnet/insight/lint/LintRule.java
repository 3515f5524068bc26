package dev.podnet.insight.lint;

import org.immutables.value.Value;

/** One advisory lint: what it finds, why it matters and where its facts come from. */
@Value.Immutable
public interface LintRule {
    /**
     * Stable id; findings carry {@code lint.<id>} as their rule.
     *
     * @return the id
     */
    String id();

    /** {@return a one-line title of what the lint finds} */
    String title();

    /**
     * Why the finding matters.
     *
     * @return the reason
     */
    String reason();

    /**
     * Where the lint's facts come from.
     *
     * @return the source
     */
    String source();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link LintRule}. */
    final class Builder extends ImmutableLintRule.Builder {
    }
}
