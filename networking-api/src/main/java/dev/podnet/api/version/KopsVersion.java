package dev.podnet.api.version;

import java.util.Objects;

/**
 * A kops release, such as {@code 1.30}, {@code 1.30.2} or {@code 1.37.0-alpha.1}.
 *
 * <p>Rules and data are looked up by release with "newest entry not after this release"
 * semantics. A development line ({@code 1.37.0-alpha.1}) is treated as its minor line for
 * lookups, because kops' master branch already carries the next release's rules.
 */
public final class KopsVersion implements Comparable<KopsVersion> {
    /** The oldest release podnet models. */
    public static final KopsVersion OLDEST = of("1.18.0");
    /** The newest release podnet knows: the 1.37 development line (kops master). */
    public static final KopsVersion NEWEST = of("1.37.0-alpha.1");
    /** The releases podnet knows, in words: what {@link #isKnown()} accepts. */
    public static final String KNOWN_RANGE = OLDEST + " up to the " + NEWEST.major() + "." + NEWEST.minor() + " line ("
            + NEWEST.major() + "." + NEWEST.minor() + ".x; its newest is kops' development line " + NEWEST + ")";

    private final SemanticVersion version;
    /** The minor line, kept: every rule gate asks for it. */
    private final SemanticVersion line;

    private KopsVersion(SemanticVersion version) {
        this.version = version;
        this.line = version.minorLine();
    }

    /**
     * Parses a release such as {@code 1.30}, {@code 1.30.2}, {@code v1.30.2} or {@code 1.37.0-alpha.1}.
     *
     * @param text the release
     * @return the release
     * @throws IllegalArgumentException if {@code text} is no version
     */
    public static KopsVersion of(String text) {
        return new KopsVersion(SemanticVersion.parse(text));
    }

    /**
     * The release of this version.
     *
     * @param version the version
     * @return the release
     */
    public static KopsVersion of(SemanticVersion version) {
        return new KopsVersion(Objects.requireNonNull(version));
    }

    /** {@return the full version, pre-release included} */
    public SemanticVersion semantic() { return version; }

    /**
     * Whether podnet knows this release: from {@link #OLDEST} up to the minor line of {@link #NEWEST}
     * (any {@code 1.37.x}, because a release is looked up by its minor line), as {@link #KNOWN_RANGE} says.
     *
     * @return whether podnet knows this release
     */
    public boolean isKnown() { return compareTo(OLDEST) >= 0 && line().compareTo(NEWEST.line()) <= 0; }

    /** {@return the major version} */
    public int major() { return version.major(); }

    /** {@return the minor version} */
    public int minor() { return version.minor(); }

    /**
     * The release's minor line as a comparable key for data tables: {@code 1.37.0-alpha.1} → {@code 1.37.0}.
     *
     * @return the minor line
     */
    public SemanticVersion line() { return line; }

    /**
     * True if this release's minor line is at least {@code major.minor}.
     *
     * @param major the major version
     * @param minor the minor version
     * @return whether this release's minor line is at least {@code major.minor}
     */
    public boolean isAtLeast(int major, int minor) {
        return line().isAtLeast(SemanticVersion.of(major, minor, 0));
    }

    /**
     * True if this release's minor line is at least the minor line of {@code other}.
     *
     * @param other a version such as {@code 1.30} or {@code 1.30.2}
     * @return whether this release is at least {@code other}'s line
     * @throws IllegalArgumentException if {@code other} is no version
     */
    public boolean isAtLeast(String other) { return line().isAtLeast(SemanticVersion.parse(other).minorLine()); }

    /**
     * True if this release's minor line is before {@code major.minor}.
     *
     * @param major the major version
     * @param minor the minor version
     * @return the opposite of {@link #isAtLeast(int, int)}
     */
    public boolean isBefore(int major, int minor) { return !isAtLeast(major, minor); }

    @Override
    public int compareTo(KopsVersion o) { return version.compareTo(o.version); }

    @Override
    public boolean equals(Object o) { return o instanceof KopsVersion k && version.equals(k.version); }

    @Override
    public int hashCode() { return version.hashCode(); }

    @Override
    public String toString() { return version.toString(); }
}
