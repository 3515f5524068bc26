package dev.podnet.insight.lint;

import org.immutables.value.Value;

/** One advisory lint: what it finds, why it matters and where its facts come from. */
@Value.Immutable
public interface LintRule {
    /** Stable id; findings carry {@code lint.<id>} as their rule. */
    String id();

    String title();

    /** Why the finding matters. */
    String reason();

    /** Where the lint's facts come from. */
    String source();

    static Builder builder() { return new Builder(); }

    /** Builds a {@link LintRule}. */
    final class Builder extends ImmutableLintRule.Builder {
    }
}
