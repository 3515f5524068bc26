package dev.podnet.api.internal.facts;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.api.version.VersionRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Typed values by kops release: each row holds from its release (inclusive) until the next row's
 * release (exclusive), so a row for {@code 1.22} applies to 1.22, 1.23, ... up to the next row. A
 * development line ({@code 1.37.0-alpha.1}) looks up as its minor line. A row may be empty (no value
 * from that release on). Immutable.
 */
public final class ReleaseFacts<T> {
    /** One row: its value and the releases it holds for. */
    public record Row<T>(VersionRange range, Optional<T> value) {
    }

    private final NavigableMap<SemanticVersion, Optional<T>> rows;

    private ReleaseFacts(NavigableMap<SemanticVersion, Optional<T>> rows) {
        this.rows = Collections.unmodifiableNavigableMap(rows);
    }

    /** Rows keyed by the release they start in (a minor line); a null value is an empty row. */
    public static <T> ReleaseFacts<T> of(Map<SemanticVersion, T> byRelease) {
        NavigableMap<SemanticVersion, Optional<T>> m = new TreeMap<>();
        for (Map.Entry<SemanticVersion, T> e : byRelease.entrySet()) m.put(e.getKey().minorLine(), Optional.ofNullable(e.getValue()));
        return new ReleaseFacts<>(m);
    }

    /** The value of the newest row not after {@code release}. */
    public Optional<T> at(KopsVersion release) {
        Map.Entry<SemanticVersion, Optional<T>> e = rows.floorEntry(release.line());
        return e == null ? Optional.empty() : e.getValue();
    }

    /**
     * The value at {@code release}, which the table must have.
     *
     * @param release the release
     * @param table what the table holds, for the message
     * @return the value
     * @throws IllegalStateException if the table has none there
     */
    public T require(KopsVersion release, String table) {
        Optional<T> v = at(release);
        if (v.isEmpty()) {
            throw new IllegalStateException(table + ": no facts for kops " + release);
        }
        return v.get();
    }

    /** The release the row holding at {@code release} starts in. */
    public Optional<SemanticVersion> since(KopsVersion release) {
        return Optional.ofNullable(rows.floorKey(release.line()));
    }

    /** Every row with its range (since inclusive, until exclusive), oldest first. */
    public List<Row<T>> rows() {
        List<Row<T>> out = new ArrayList<>();
        for (Map.Entry<SemanticVersion, Optional<T>> e : rows.entrySet()) {
            SemanticVersion next = rows.higherKey(e.getKey());
            VersionRange range = next == null ? VersionRange.atLeast(e.getKey().toString())
                    : VersionRange.between(e.getKey().toString(), next.toString());
            out.add(new Row<>(range, e.getValue()));
        }
        return List.copyOf(out);
    }

    /** The raw rows keyed by starting release. */
    public NavigableMap<SemanticVersion, Optional<T>> byRelease() { return rows; }
}
