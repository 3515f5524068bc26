package dev.podnet.manifests.romana;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one kops release that decide Romana's addons ({@code releases.yaml} beside this class, read and
 * checked when Romana first renders).
 *
 * @param removed why kops no longer renders Romana (empty while it does)
 * @param channelVersion the channel entries' version
 * @param addons the templates rendered, each with its channel entry
 * @param images image of the one container of each workload ({@code Kind/name})
 * @param daemonServiceIPOffset the romana Service's address as an offset into the service range
 * @param etcdServiceIPOffset the romana-etcd Service's address as an offset into the service range
 */
record RomanaFacts(Optional<String> removed, Optional<String> channelVersion, List<Addon> addons, Map<String, String> images,
        int daemonServiceIPOffset, int etcdServiceIPOffset) {
    private static final ReleaseFacts<RomanaFacts> TABLE = FactTables.cumulative(RomanaFacts.class, "releases.yaml", RomanaFacts::read);

    /**
     * One template and its channel entry.
     *
     * @param id the addon id
     * @param template the template resource beside this class
     * @param kubernetesVersion the channel entry's Kubernetes range
     */
    record Addon(String id, String template, String kubernetesVersion) {
        static Addon read(FactNode n) {
            n.onlyKeys(Set.of("id", "template", "kubernetesVersion"));
            return new Addon(n.text("id"), n.text("template"), n.text("kubernetesVersion"));
        }
    }

    /** The facts at {@code release}; empty before the table's first row. */
    static Optional<RomanaFacts> at(KopsVersion release) {
        return TABLE.at(release);
    }

    static RomanaFacts read(FactNode n) {
        n.onlyKeys(Set.of("removed", "channelVersion", "addons", "images", "daemonServiceIPOffset", "etcdServiceIPOffset"));
        for (String workload : n.textMap("images").keySet()) {
            if (!workload.contains("/")) throw n.get("images").fail("not Kind/name: " + workload);
        }
        return new RomanaFacts(n.optionalText("removed"), n.optionalText("channelVersion"), n.rows("addons", Addon::read),
                n.textMap("images"), n.integer("daemonServiceIPOffset"), n.integer("etcdServiceIPOffset"));
    }
}
