package dev.podnet.api.internal;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.SemanticVersion;

/**
 * Values by kops release with "newest entry not after the release" lookups: a row for {@code 1.22}
 * applies to 1.22, 1.23, ... until the next row. A development line ({@code 1.37.0-alpha.1})
 * looks up as its minor line. Immutable.
 *
 * <p>Shared internals of the podnet modules (networking-manifests reads its release tables with
 * it); networking-providers still carries its own identical copy in
 * {@code dev.podnet.providers.internal} until it switches to this one.
 */
public final class ReleaseTable<T> {
    private final NavigableMap<SemanticVersion, T> rows;

    private ReleaseTable(NavigableMap<SemanticVersion, T> rows) {
        this.rows = Collections.unmodifiableNavigableMap(rows);
    }

    /** Rows keyed by release ({@code "1.22"}); values mapped by {@code f}. */
    public static <T> ReleaseTable<T> of(Map<?, ?> raw, Function<Object, T> f) {
        NavigableMap<SemanticVersion, T> m = new TreeMap<>();
        if (raw != null) raw.forEach((k, v) -> m.put(SemanticVersion.parse(String.valueOf(k)).minorLine(), f.apply(v)));
        return new ReleaseTable<>(m);
    }

    public Optional<T> at(KopsVersion release) {
        Map.Entry<SemanticVersion, T> e = rows.floorEntry(release.line());
        return e == null ? Optional.empty() : Optional.ofNullable(e.getValue());
    }

    /** The release the value at {@code release} was introduced in. */
    public Optional<SemanticVersion> since(KopsVersion release) {
        return Optional.ofNullable(rows.floorKey(release.line()));
    }

    public NavigableMap<SemanticVersion, T> rows() { return rows; }
}
