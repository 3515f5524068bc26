package dev.podnet.manifests.internal;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one kops release's addon packaging stamps and hashes ({@code dev/podnet/manifests/packaging.yaml}, where
 * each fact is explained; read and checked when the first addon is packaged).
 *
 * @param channelVersion the channel entry's version when the addon names none ("": none)
 * @param manifestHash the manifest digest's algorithm ({@link ManifestHash#ALGORITHMS})
 * @param objectLabels labels stamped on every object ({addon}, {version} substituted)
 * @param podTemplateLabels labels stamped on the pod template of the objects of podTemplateKinds
 * @param podTemplateKinds "apiVersion kind" of the objects whose pod template gets podTemplateLabels
 * @param nullCreationTimestamp whether objects carry metadata.creationTimestamp: null
 * @param nullPodTemplateCreationTimestamp whether pod templates carry creationTimestamp: null
 * @param unfoldedLines whether long strings are never folded
 * @param emptyVersionListed whether a channel entry with an empty version still lists {@code version: ""}
 * @param pruneAddons the addons whose channel entry carries a prune block
 * @param pruneKinds the kinds of a prune block (written {@code group/Kind}, {@code Kind} for the core group), in kops' order
 */
record PackagingFacts(String channelVersion, String manifestHash, Map<String, String> objectLabels,
        Map<String, String> podTemplateLabels, List<String> podTemplateKinds, boolean nullCreationTimestamp,
        boolean nullPodTemplateCreationTimestamp, boolean unfoldedLines, boolean emptyVersionListed,
        List<String> pruneAddons, List<GroupKind> pruneKinds) {

    /**
     * A kind with its API group ({@code ""} for the core group), split once when the table is read.
     *
     * @param group the API group
     * @param kind the kind
     */
    record GroupKind(String group, String kind) {
        static GroupKind parse(String groupKind) {
            int slash = groupKind.lastIndexOf('/');
            return new GroupKind(slash < 0 ? "" : groupKind.substring(0, slash), groupKind.substring(slash + 1));
        }

        /** The group and kind of an object of {@code apiVersion} (group/version, or version for the core group). */
        static GroupKind of(String apiVersion, String kind) {
            int slash = apiVersion.lastIndexOf('/');
            return new GroupKind(slash < 0 ? "" : apiVersion.substring(0, slash), kind);
        }

        // Written out: a record's generated equals/hashCode link through ObjectMethods on first use, ~4 % of
        // a cold render's main thread when the prune kinds are gathered (as AddonPackager's keys)
        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKind k && group.equals(k.group) && kind.equals(k.kind);
        }

        @Override
        public int hashCode() {
            return group.hashCode() * 31 + kind.hashCode();
        }
    }
    private static final ReleaseFacts<PackagingFacts> TABLE =
            FactTables.cumulative(PackagingFacts.class, "/dev/podnet/manifests/packaging.yaml", PackagingFacts::read);

    static PackagingFacts at(KopsVersion release) {
        return TABLE.require(release, "packaging");
    }

    static PackagingFacts read(FactNode n) {
        n.onlyKeys(Set.of("channelVersion", "manifestHash", "objectLabels", "podTemplateLabels", "podTemplateKinds",
                "nullCreationTimestamp", "nullPodTemplateCreationTimestamp", "unfoldedLines", "emptyVersionListed",
                "pruneAddons", "pruneKinds"));
        String hash = n.text("manifestHash");
        if (!ManifestHash.ALGORITHMS.contains(hash)) {
            // named, not looked up: the JDK's lookup initialises its security providers, a cold run's cost
            throw n.get("manifestHash").fail("no such digest algorithm: " + hash + " (one of " + ManifestHash.ALGORITHMS + ")");
        }
        return new PackagingFacts(n.text("channelVersion"), hash, n.textMap("objectLabels"), n.textMap("podTemplateLabels"),
                n.texts("podTemplateKinds"), n.bool("nullCreationTimestamp", false),
                n.bool("nullPodTemplateCreationTimestamp", false), n.bool("unfoldedLines", false),
                n.bool("emptyVersionListed", false), n.has("pruneAddons") ? n.texts("pruneAddons") : List.of(),
                n.has("pruneKinds") ? pruneKinds(n.texts("pruneKinds")) : List.of());
    }

    private static List<GroupKind> pruneKinds(List<String> texts) {
        List<GroupKind> out = new java.util.ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(GroupKind.parse(t));
        }
        return List.copyOf(out);
    }
}
