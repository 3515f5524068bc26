package dev.podnet.testkit;

import dev.podnet.api.AppliedDefault;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one default a completion applied ({@link AppliedDefault}): its value, its rule, its
 * reason. Reached through {@link CompletionAssert#defaulted(String)}.
 */
public final class DefaultedAssert extends AbstractAssert<DefaultedAssert, AppliedDefault> {
    private final CompletionAssert completion;
    private final String near;

    DefaultedAssert(AppliedDefault actual, CompletionAssert completion, String near) {
        super(actual, DefaultedAssert.class);
        this.completion = completion;
        this.near = near;
    }

    /**
     * @param expected the value, compared as YAML prints it ({@code 8981}, {@code true}, {@code ipip})
     * @return this, after checking the default's value
     */
    public DefaultedAssert to(Object expected) {
        String want = String.valueOf(expected);
        if (!actual.value().equals(want) && !unquoted(actual.value()).equals(want)) {
            failWithMessage("%s", "Expecting " + actual.path() + " to be defaulted to " + want + "\n  but it was defaulted to "
                    + actual.value() + " by " + actual.rule() + " (" + actual.reason() + ")\n" + near);
        }
        return this;
    }

    /**
     * @param rule a rule id, e.g. {@code calico.mtu}
     * @return this, after checking that rule set the default
     */
    public DefaultedAssert byRule(String rule) {
        if (!actual.rule().equals(rule)) {
            failWithMessage("%s", "Expecting " + actual.path() + " to be defaulted by rule " + rule + "\n  but rule "
                    + actual.rule() + " set it: " + actual.line());
        }
        return this;
    }

    /**
     * @param text text the default's reason contains
     * @return this, after checking the reason
     */
    public DefaultedAssert because(String text) {
        if (!actual.reason().contains(text)) {
            failWithMessage("%s", "Expecting the reason of the default at " + actual.path() + " to contain "
                    + Shown.value(text) + "\n  but it is " + Shown.value(actual.reason()));
        }
        return this;
    }

    /** @return the completion's assertions, to go on with another path */
    public CompletionAssert and() {
        return completion;
    }

    private static String unquoted(String v) {
        boolean quoted = v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
        return quoted ? v.substring(1, v.length() - 1) : v;
    }
}
