package dev.podnet.insight.lint;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.insight.internal.LintFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * podnet's advisory lints beyond kops: findings of {@link dev.podnet.api.diag.Severity#ADVISORY}
 * severity, never errors, about specs kops accepts. Run them on a completed spec that validates
 * (they do not repeat kops' own checks). Holds the lints' facts; one instance serves any number of calls.
 */
public final class Linter {
    private final LintFacts facts;

    private Linter(LintFacts facts) {
        this.facts = facts;
    }

    /**
     * A linter with podnet's lint facts.
     *
     * @return the linter
     */
    public static Linter create() { return new Linter(LintFacts.load()); }

    /**
     * Every lint, with its reason and source.
     *
     * @return every lint rule
     */
    public List<LintRule> rules() {
        return facts.rules().stream().<LintRule>map(r -> LintRule.builder().id(r.id()).title(r.title()).reason(r.reason())
                .source(r.source()).build()).toList();
    }

    /**
     * Completes {@code input} with {@code podnet}'s release and lints the result.
     *
     * @param podnet the facade whose release completes the spec
     * @param input the spec as the user wrote it
     * @return the advisories; empty when none applies
     */
    public Diagnostics lint(Podnet podnet, Cluster input) {
        return lint(input, podnet.complete(input));
    }

    /**
     * Lints {@code completion}, the completion of {@code input} (the input tells which options the user set).
     *
     * @param input the spec as the user wrote it
     * @param completion its completion
     * @return the advisories; empty when none applies
     */
    public Diagnostics lint(Cluster input, Completion completion) {
        List<Diagnostic> out = new ArrayList<>();
        Cluster done = completion.cluster();
        MtuLint.check(done, facts).ifPresent(out::add);
        out.addAll(RangeLints.overlaps(done, facts));
        RangeLints.podRangeSize(done, facts).ifPresent(out::add);
        out.addAll(IgnoredOptionLint.check(input, completion.release(), facts));
        return Diagnostics.of(out);
    }

    /** An advisory finding of lint {@code id}. */
    static Diagnostic advisory(String path, String id, String detail, String hint) {
        return Diagnostic.builder().path(path).type(dev.podnet.api.diag.ErrorType.INVALID).detail(detail)
                .severity(dev.podnet.api.diag.Severity.ADVISORY).rule("lint." + id).hint(hint).build();
    }
}
