package dev.podnet.providers.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.api.version.VersionRange;

/**
 * The release lines cut at every end of a table's version ranges. Within one segment each of those ranges holds
 * every release or none, so what a table derives from "which rows are in range" is computed once per segment
 * when the table loads, and a release finds its segment by a binary search instead of testing every row's
 * range. A release matches by its minor line, as {@link VersionRange#contains(KopsVersion)} does. Immutable.
 */
final class ReleaseSegments {
    /** The distinct ends of the ranges, ascending; segment {@code k} is {@code [bounds[k-1], bounds[k])}. */
    private final SemanticVersion[] bounds;

    private ReleaseSegments(SemanticVersion[] bounds) {
        this.bounds = bounds;
    }

    /** The segments of these ranges. */
    static ReleaseSegments of(Collection<VersionRange> ranges) {
        TreeSet<SemanticVersion> ends = new TreeSet<>();
        // loops, not lambdas: this runs when a facade first meets a provider, in a JVM still starting
        for (VersionRange r : ranges) {
            if (r.from().isPresent()) ends.add(r.from().get());
            if (r.until().isPresent()) ends.add(r.until().get());
        }
        return new ReleaseSegments(ends.toArray(new SemanticVersion[0]));
    }

    /** How many segments there are (one more than the distinct ends). */
    int count() { return bounds.length + 1; }

    /** The segment of {@code release}: how many ends are not after its minor line. */
    int of(KopsVersion release) {
        SemanticVersion v = release.line();
        int lo = 0;
        int hi = bounds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.compareTo(bounds[mid]) >= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Whether {@code range} (one of the ranges these segments were cut from) holds the releases of {@code segment}:
     * a release of segment {@code k} is at least {@code bounds[k-1]} and before {@code bounds[k]}.
     */
    boolean holds(VersionRange range, int segment) {
        SemanticVersion from = range.from().orElse(null);
        SemanticVersion until = range.until().orElse(null);
        return (from == null || index(from) < segment) && (until == null || segment <= index(until));
    }

    private int index(SemanticVersion end) {
        int i = Arrays.binarySearch(bounds, end);
        if (i < 0) throw new IllegalArgumentException(end + " is not an end of the ranges these segments were cut from");
        return i;
    }
}
