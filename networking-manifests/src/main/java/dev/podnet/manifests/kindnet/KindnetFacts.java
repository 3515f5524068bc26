package dev.podnet.manifests.kindnet;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.Set;

/**
 * The facts of one kops release that decide kindnet's edits ({@code releases.yaml} beside this class, read and
 * checked when kindnet first renders).
 *
 * @param dnsCachingDefault {@code --dns-caching} when {@code dnsCaching} is unset
 */
record KindnetFacts(boolean dnsCachingDefault) {
    private static final ReleaseFacts<KindnetFacts> TABLE =
            FactTables.cumulative(KindnetFacts.class, "releases.yaml", KindnetFacts::read);

    static KindnetFacts at(KopsVersion release) {
        return TABLE.require(release, "kindnet");
    }

    static KindnetFacts read(FactNode n) {
        n.onlyKeys(Set.of("dnsCachingDefault"));
        return new KindnetFacts(n.bool("dnsCachingDefault"));
    }
}
