package dev.podnet.api.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.SemanticVersion;

/**
 * Values by kops release over an already-read map keyed by release, for callers that merge their
 * rows themselves (networking-manifests' {@code FactTable}, the cluster tables of networking-providers). The lookup is
 * {@link ReleaseFacts}' (each row holds from its release, inclusive, until the next row's,
 * exclusive; a development line looks up as its minor line); new tables should be read through
 * {@link dev.podnet.api.internal.facts.FactDocument} instead. Immutable.
 */
public final class ReleaseTable<T> {
    private final ReleaseFacts<T> facts;

    private ReleaseTable(ReleaseFacts<T> facts) {
        this.facts = facts;
    }

    /** Rows keyed by release ({@code "1.22"}); values mapped by {@code f}. */
    public static <T> ReleaseTable<T> of(Map<?, ?> raw, Function<Object, T> f) {
        Map<SemanticVersion, T> m = new LinkedHashMap<>();
        if (raw != null) raw.forEach((k, v) -> m.put(SemanticVersion.parse(String.valueOf(k)).minorLine(), f.apply(v)));
        return new ReleaseTable<>(ReleaseFacts.of(m));
    }

    public Optional<T> at(KopsVersion release) { return facts.at(release); }

    /** The release the value at {@code release} was introduced in. */
    public Optional<SemanticVersion> since(KopsVersion release) { return facts.since(release); }

    /** The rows keyed by starting release (an empty row has no entry value: it is left out). */
    public NavigableMap<SemanticVersion, T> rows() {
        NavigableMap<SemanticVersion, T> out = new TreeMap<>();
        facts.byRelease().forEach((k, v) -> v.ifPresent(x -> out.put(k, x)));
        return out;
    }
}
