package dev.podnet.api.version;

import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of versions {@code [from, until)}; either end may be open.
 * Written as {@code ">=1.22 <1.34"}, {@code ">=1.26"}, {@code "<1.19"} or {@code "*"}.
 */
public final class VersionRange {
    private static final VersionRange ALL = new VersionRange(null, null);
    private final SemanticVersion from;
    private final SemanticVersion until;

    private VersionRange(SemanticVersion from, SemanticVersion until) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("empty version range: >=" + from + " <" + until);
        }
        this.from = from;
        this.until = until;
    }

    /** {@return the range of every version, {@code "*"}} */
    public static VersionRange all() { return ALL; }

    /**
     * {@code >=from}.
     *
     * @param from the first version inside
     * @return the range
     * @throws IllegalArgumentException if {@code from} is no version
     */
    public static VersionRange atLeast(String from) { return new VersionRange(SemanticVersion.parse(from), null); }

    /**
     * {@code <until}.
     *
     * @param until the first version outside
     * @return the range
     * @throws IllegalArgumentException if {@code until} is no version
     */
    public static VersionRange before(String until) { return new VersionRange(null, SemanticVersion.parse(until)); }

    /**
     * {@code >=from <until}.
     *
     * @param from the first version inside
     * @param until the first version outside
     * @return the range
     * @throws IllegalArgumentException if either is no version or the range is empty
     */
    public static VersionRange between(String from, String until) {
        return new VersionRange(SemanticVersion.parse(from), SemanticVersion.parse(until));
    }

    /**
     * Parses {@code "*"}, {@code ">=1.22"}, {@code "<1.34"} or {@code ">=1.22 <1.34"}.
     *
     * @param text the range
     * @return the range
     * @throws IllegalArgumentException if {@code text} is no range or the range is empty
     */
    public static VersionRange parse(String text) {
        Objects.requireNonNull(text, "range");
        String t = text.trim();
        if (t.equals("*") || t.isEmpty()) return ALL;
        SemanticVersion from = null;
        SemanticVersion until = null;
        // The parts between runs of whitespace, as t.split("\\s+") gives them (t is trimmed), without compiling that
        // pattern for each of the few hundred ranges a cold start reads (networking-benchmarks README, seventeenth round).
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && isSpace(t.charAt(i))) i++;
            int start = i;
            while (i < n && !isSpace(t.charAt(i))) i++;
            if (start == i) break;
            String part = t.substring(start, i);
            if (part.startsWith(">=")) from = SemanticVersion.parse(part.substring(2));
            else if (part.startsWith("<")) until = SemanticVersion.parse(part.substring(1));
            else throw new IllegalArgumentException("not a version range: \"" + text + "\" (expected e.g. \">=1.22 <1.34\")");
        }
        return new VersionRange(from, until);
    }

    /** The characters of the regular expression class {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@return the first version inside; empty when the range is open below} */
    public Optional<SemanticVersion> from() { return Optional.ofNullable(from); }

    /** {@return the first version outside; empty when the range is open above} */
    public Optional<SemanticVersion> until() { return Optional.ofNullable(until); }

    /**
     * True if {@code v} is inside, pre-release labels compared as semantic versioning does.
     *
     * @param v the version
     * @return whether the range holds {@code v}
     */
    public boolean contains(SemanticVersion v) {
        return (from == null || v.isAtLeast(from)) && (until == null || v.isBefore(until));
    }

    /**
     * A kops release matches by its minor line, so {@code 1.37.0-alpha.1} is inside {@code >=1.37}.
     *
     * @param v the release
     * @return whether the range holds the release's minor line
     */
    public boolean contains(KopsVersion v) { return contains(v.line()); }

    /**
     * Pre-release labels of a Kubernetes version are ignored, as kops' version gates ignore them.
     *
     * @param v the Kubernetes version
     * @return whether the range holds it
     */
    public boolean contains(KubernetesVersion v) {
        SemanticVersion s = v.semantic();
        return contains(SemanticVersion.of(s.major(), s.minor(), s.patch()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRange r && Objects.equals(from, r.from) && Objects.equals(until, r.until);
    }

    @Override
    public int hashCode() { return Objects.hash(from, until); }

    @Override
    public String toString() {
        if (from == null && until == null) return "*";
        StringBuilder b = new StringBuilder();
        if (from != null) b.append(">=").append(from);
        if (until != null) b.append(b.length() > 0 ? " " : "").append('<').append(until);
        return b.toString();
    }
}
