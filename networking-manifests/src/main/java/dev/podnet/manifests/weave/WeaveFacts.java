package dev.podnet.manifests.weave;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.List;
import java.util.Set;

/**
 * The facts of one kops release that decide Weave Net's edits ({@code releases.yaml} beside this class, read
 * and checked when Weave first renders).
 *
 * @param versionField whether {@code spec.networking.weave.version} sets the images' tag
 * @param versionPinnedTemplates template ids whose images keep their tag whatever the version field says
 */
record WeaveFacts(boolean versionField, List<String> versionPinnedTemplates) {
    private static final ReleaseFacts<WeaveFacts> TABLE = FactTables.cumulative(WeaveFacts.class, "releases.yaml", WeaveFacts::read);

    static WeaveFacts at(KopsVersion release) {
        return TABLE.require(release, "weave");
    }

    static WeaveFacts read(FactNode n) {
        n.onlyKeys(Set.of("versionField", "versionPinnedTemplates"));
        return new WeaveFacts(n.bool("versionField"), n.texts("versionPinnedTemplates"));
    }
}
