package dev.podnet.providers.internal;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;

/**
 * The kops releases one rule (or one variant of a rule) belongs to, read from a gate table
 * ({@link RuleGates}): the check asks {@link #holds} and the finding's {@code releases} label is
 * {@link #label}, both from the same row, so they cannot drift apart. An id {@code rule#variant}
 * names a variant of {@code rule}.
 */
public record Gate(String id, String label, VersionRange range) {

    /** True if the rule applies at {@code release}. */
    public boolean holds(KopsVersion release) {
        return range.contains(release);
    }

    /** The rule id: the gate id without its {@code #variant}. */
    public String rule() {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    /** Tags a finding with this gate's rule id and releases. */
    public Diagnostic.Builder tag(Diagnostic.Builder finding) {
        return finding.rule(rule()).releases(label);
    }
}
