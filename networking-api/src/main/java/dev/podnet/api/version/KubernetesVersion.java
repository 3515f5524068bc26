package dev.podnet.api.version;

import java.util.Objects;

/** A Kubernetes version as a cluster spec names it ({@code 1.30.2}, {@code v1.30.0}). */
public final class KubernetesVersion implements Comparable<KubernetesVersion> {
    private final SemanticVersion version;

    private KubernetesVersion(SemanticVersion version) {
        this.version = version;
    }

    /**
     * Parses a Kubernetes version such as {@code 1.30.2} or {@code v1.30.2}.
     *
     * @param text the version
     * @return the version
     * @throws IllegalArgumentException if {@code text} is no version
     */
    public static KubernetesVersion of(String text) {
        return new KubernetesVersion(SemanticVersion.parse(text));
    }

    /** {@return the full version, pre-release included} */
    public SemanticVersion semantic() { return version; }

    /** {@return the major version} */
    public int major() { return version.major(); }

    /** {@return the minor version} */
    public int minor() { return version.minor(); }

    /**
     * True if this version is at least {@code major.minor}, ignoring pre-release labels as kops
     * does ({@code IsKubernetesGTE} compares major and minor only).
     *
     * @param major the major version
     * @param minor the minor version
     * @return whether this version's major and minor are at least {@code major.minor}
     */
    public boolean isAtLeast(int major, int minor) {
        return version.major() > major || (version.major() == major && version.minor() >= minor);
    }

    /**
     * True if this version's major and minor are at least {@code other}'s.
     *
     * @param other a version such as {@code 1.30} or {@code v1.30.2}
     * @return whether this version is at least {@code other}'s minor
     * @throws IllegalArgumentException if {@code other} is no version
     */
    public boolean isAtLeast(String other) {
        SemanticVersion o = SemanticVersion.parse(other);
        return isAtLeast(o.major(), o.minor());
    }

    /**
     * True if this version's major and minor are before {@code major.minor}.
     *
     * @param major the major version
     * @param minor the minor version
     * @return the opposite of {@link #isAtLeast(int, int)}
     */
    public boolean isBefore(int major, int minor) { return !isAtLeast(major, minor); }

    @Override
    public int compareTo(KubernetesVersion o) { return version.compareTo(o.version); }

    @Override
    public boolean equals(Object o) { return o instanceof KubernetesVersion k && version.equals(k.version); }

    @Override
    public int hashCode() { return Objects.hash(version); }

    @Override
    public String toString() { return version.toString(); }
}
