package dev.podnet.api.version;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code major.minor[.patch][-prerelease]} version with an optional leading {@code v}.
 * Shared by {@link KopsVersion} and {@link KubernetesVersion}; ordering follows semver
 * (a pre-release sorts before its release).
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {
    private static final Pattern FORM = Pattern.compile(
            "v?(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:\\.(0|[1-9]\\d{0,8}))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    private final int major;
    private final int minor;
    private final int patch;
    private final String preRelease;

    private SemanticVersion(int major, int minor, int patch, String preRelease) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preRelease = preRelease;
    }

    /**
     * Parses {@code 1.30}, {@code 1.30.2}, {@code v1.30.0}, {@code 1.37.0-alpha.1}.
     *
     * @param text {@code MAJOR.MINOR[.PATCH][-PRERELEASE][+BUILD]}, optionally with a leading {@code v}
     * @return the version; the build metadata is dropped
     * @throws IllegalArgumentException if {@code text} is no version
     */
    public static SemanticVersion parse(String text) {
        Objects.requireNonNull(text, "version");
        SemanticVersion plain = plainRelease(text);
        if (plain != null) {
            return plain;
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: \"" + text
                    + "\" (expected MAJOR.MINOR[.PATCH][-PRERELEASE], e.g. 1.30.2)");
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4));
    }

    /**
     * The common form {@code [v]MAJOR.MINOR[.PATCH]} (no spaces, no labels) read without the regular
     * expression, as {@link #FORM} reads it (each part {@code 0} or up to nine digits without a leading
     * zero); null for any other text, which {@link #FORM} then decides. Specs' Kubernetes versions are
     * parsed many times per spec.
     */
    private static SemanticVersion plainRelease(String text) {
        int i = text.startsWith("v") ? 1 : 0;
        int[] parts = new int[3];
        int n = 0;
        while (n < 3) {
            int start = i;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 9 || (digits > 1 && text.charAt(start) == '0')) {
                return null;
            }
            parts[n++] = Integer.parseInt(text, start, i, 10);
            if (i == text.length()) {
                break;
            }
            if (n == 3 || text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
        return n >= 2 && i == text.length() ? new SemanticVersion(parts[0], parts[1], parts[2], "") : null;
    }

    /**
     * A release version without pre-release label.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @return the version
     */
    public static SemanticVersion of(int major, int minor, int patch) {
        return new SemanticVersion(major, minor, patch, "");
    }

    /** {@return the major version} */
    public int major() { return major; }

    /** {@return the minor version} */
    public int minor() { return minor; }

    /** {@return the patch version} */
    public int patch() { return patch; }

    /**
     * The pre-release label ({@code alpha.1}) or the empty string.
     *
     * @return the pre-release label, or the empty string
     */
    public String preRelease() { return preRelease; }

    /** {@return true if the version has a pre-release label, e.g. {@code alpha.1}} */
    public boolean isPreRelease() { return !preRelease.isEmpty(); }

    /**
     * This version without its patch level and pre-release: 1.30.2 → 1.30.0.
     *
     * @return {@code major.minor.0}
     */
    public SemanticVersion minorLine() {
        return new SemanticVersion(major, minor, 0, "");
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patch, o.patch);
        if (c == 0) c = comparePreRelease(preRelease, o.preRelease);
        return c;
    }

    private static int comparePreRelease(String a, String b) {
        if (a.equals(b)) return 0;
        if (a.isEmpty()) return 1;
        if (b.isEmpty()) return -1;
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            boolean na = pa[i].matches("\\d+");
            boolean nb = pb[i].matches("\\d+");
            int c;
            if (na && nb) c = Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i]));
            else if (na) c = -1;
            else if (nb) c = 1;
            else c = pa[i].compareTo(pb[i]);
            if (c != 0) return c;
        }
        return Integer.compare(pa.length, pb.length);
    }

    /**
     * True if this version is at or after {@code o}.
     *
     * @param o the other version
     * @return {@code compareTo(o) >= 0}
     */
    public boolean isAtLeast(SemanticVersion o) { return compareTo(o) >= 0; }

    /**
     * True if this version is before {@code o}.
     *
     * @param o the other version
     * @return {@code compareTo(o) < 0}
     */
    public boolean isBefore(SemanticVersion o) { return compareTo(o) < 0; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SemanticVersion v && major == v.major && minor == v.minor && patch == v.patch
                && preRelease.equals(v.preRelease);
    }

    @Override
    public int hashCode() { return Objects.hash(major, minor, patch, preRelease); }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
