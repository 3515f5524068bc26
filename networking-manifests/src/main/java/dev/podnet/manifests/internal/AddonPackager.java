package dev.podnet.manifests.internal;

import dev.podnet.api.PodnetException;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.render.ChannelEntry;
import dev.podnet.api.render.PruneKind;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.manifests.yaml.internal.Frozen;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import dev.podnet.manifests.yaml.internal.StoredDocument;
import dev.podnet.manifests.yaml.internal.TextSpans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * kops' addon packaging: the labels
 * kops stamps on every object and pod template, the bookkeeping its Go serialisation adds
 * ({@code creationTimestamp: null}, empty CRD status), the manifestHash and the channel entry. Which
 * of these a release does is data: {@code dev/podnet/manifests/packaging.yaml}.
 */
public final class AddonPackager {

    /** The selector of every networking addon. */
    public static final Map<String, String> SELECTOR = Map.of("role.kubernetes.io/networking", "1");

    private static final Map<String, Object> CRD_STATUS;

    static {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("kind", "");
        names.put("plural", "");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("acceptedNames", names);
        s.put("conditions", List.of());
        s.put("storedVersions", List.of());
        CRD_STATUS = java.util.Collections.unmodifiableMap(s);
    }

    private AddonPackager() {
    }

    /**
     * The packaging inputs of one object: the object by value (its tree), the addon, release line, version and style.
     * The keys' equality is written out: a record's generated {@code equals}/{@code hashCode} are bootstrapped
     * through method handles on first use, which costs a cold command line run more than all its lookups.
     */
    private record PackKey(KubeObject object, String addonKey, int major, int minor, String version,
            RenderStyle style) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PackKey k && major == k.major && minor == k.minor && style == k.style
                    && object.equals(k.object) && addonKey.equals(k.addonKey) && version.equals(k.version);
        }

        @Override
        public int hashCode() {
            return ((((object.hashCode() * 31 + addonKey.hashCode()) * 31 + major) * 31 + minor) * 31
                    + version.hashCode()) * 31 + style.hashCode();
        }
    }

    /**
     * The text of an addon by what decides it: its objects before packaging, in order, and the packaging inputs
     * (addon, release line, version, style; the release line also picks the hash). Stored objects
     * ({@linkplain RenderCaches#isData data}: one instance per document and engine) compare by identity, so a key
     * never reads or hashes their trees (a cold render reads only the trees its edits need); the objects a render
     * made or edited compare by value. Not the packaged objects: each keeps its text, and a key holding them would
     * keep those texts alive after the packaged-object memo has let them go.
     */
    private static final class TextKey {
        private final String addonKey;
        private final int major;
        private final int minor;
        private final String version;
        private final RenderStyle style;
        private final KubeObject[] objects;
        private final boolean[] data;
        private final int hash;

        TextKey(String addonKey, int major, int minor, String version, RenderStyle style, List<KubeObject> objects,
                RenderCaches caches) {
            this.addonKey = addonKey;
            this.major = major;
            this.minor = minor;
            this.version = version;
            this.style = style;
            this.objects = objects.toArray(new KubeObject[0]);
            this.data = new boolean[this.objects.length];
            int h = (((addonKey.hashCode() * 31 + major) * 31 + minor) * 31 + version.hashCode()) * 31 + style.hashCode();
            for (int i = 0; i < this.objects.length; i++) {
                data[i] = caches.isData(this.objects[i]);
                h = h * 31 + (data[i] ? System.identityHashCode(this.objects[i]) : this.objects[i].hashCode());
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof TextKey k) || hash != k.hash || major != k.major || minor != k.minor || style != k.style
                    || !addonKey.equals(k.addonKey) || !version.equals(k.version) || objects.length != k.objects.length) {
                return false;
            }
            for (int i = 0; i < objects.length; i++) {
                if (data[i] != k.data[i] || (data[i] ? objects[i] != k.objects[i] : !objects[i].equals(k.objects[i]))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The packaged form of an object a render made or edited (labels, bookkeeping) with its text.
     * Keyed by value: an edited object equal to one packaged before (the same spec rendered again,
     * or another spec with the same effect on it) reuses its packaged form and its text.
     */
    private static final RenderCaches.Memo<PackKey, Packed> PACKED = RenderCaches.Memo.named("packaged objects");

    /**
     * The packaged form of the objects loaded from podnet's resources ({@link RenderCaches#isData}):
     * decided by resources alone (the object, addon, release, channel version, style), so kept as
     * data at any capacity, with its text; a render with {@code cacheEntries(0)} then writes only the
     * objects the spec's edits changed.
     */
    private static final RenderCaches.Memo<DataKey, PackedData> PACKED_DATA = RenderCaches.Memo.data("packaged stored objects");

    /**
     * A stored object ({@linkplain RenderCaches#isData data}: one instance per document and engine), by identity,
     * with the packaging inputs and whether lines are unfolded: keys of the data memos, which then never read or
     * hash a stored object's tree. Written out, as {@link PrefixKey}.
     */
    private record DataKey(KubeObject object, String addonKey, int major, int minor, String version,
            RenderStyle style, boolean unfolded) {
        DataKey(KubeObject object, String addonKey, KopsVersion release, String version, RenderStyle style,
                boolean unfolded) {
            this(object, addonKey, release.major(), release.minor(), version, style, unfolded);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DataKey k && object == k.object && major == k.major && minor == k.minor
                    && style == k.style && unfolded == k.unfolded && addonKey.equals(k.addonKey)
                    && version.equals(k.version);
        }

        @Override
        public int hashCode() {
            return (((((System.identityHashCode(object) * 31 + addonKey.hashCode()) * 31 + major) * 31 + minor) * 31
                    + version.hashCode()) * 31 + style.hashCode()) * 31 + Boolean.hashCode(unfolded);
        }
    }

    /**
     * The packaged form of a stored object, the map a rendered addon lists for it, and where the packaging read
     * only the object's header ({@link StoredText#header()}), that header packaged (null otherwise).
     */
    private record PackedData(KubeObject object, Map<String, Object> document, KubeObject header) {
    }

    /**
     * manifestHash of addons, keyed by their objects before packaging and the packaging inputs
     * ({@link TextKey}): the objects of a repeated render are the same instances, so the key compares
     * by identity and cached hashes, and hashing the whole text (~250 KB for Calico) is skipped. Only
     * the hash is kept: keeping the text would hold a second copy of every distinct addon text.
     */
    private static final RenderCaches.Memo<TextKey, String> HASH = RenderCaches.Memo.named("addon hashes");

    /**
     * The digest state after the leading texts of an addon that come from stored objects alone
     * (packaged {@linkplain RenderCaches#isData data} objects: the same instances on every render),
     * each followed by the separator: most of Calico's ~250 KB (its CRDs) precedes the first object
     * a spec edits, so a render digests only the rest. Decided by resources alone, so a data memo.
     */
    private static final RenderCaches.Memo<PrefixKey, ManifestHash.DigestPrefix> HASH_PREFIX = RenderCaches.Memo.data("addon hash prefixes");

    /** A run of leading packaged stored objects, how their texts are written, and the digest algorithm. */
    private record PrefixKey(String algorithm, boolean unfolded, List<KubeObject> packaged) {
        // the packaged stored objects are the data memo's instances: compared by identity, their trees never read
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PrefixKey k) || unfolded != k.unfolded || !algorithm.equals(k.algorithm)
                    || packaged.size() != k.packaged.size()) {
                return false;
            }
            for (int i = 0; i < packaged.size(); i++) {
                if (packaged.get(i) != k.packaged.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = algorithm.hashCode() * 31 + Boolean.hashCode(unfolded);
            for (KubeObject o : packaged) {
                h = h * 31 + System.identityHashCode(o);
            }
            return h;
        }
    }

    /**
     * Where each subtree of a stored object's packaged form is written in its text
     * ({@link TextSpans}), by the packaging inputs and whether lines are unfolded: the objects a spec
     * edits are written by copying the text of every subtree their edits left alone from it. Decided
     * by resources alone, so a data memo; held only for the stored objects specs edit.
     */
    private static final RenderCaches.Memo<DataKey, TextSpans> SPANS = RenderCaches.Memo.data("stored object text spans");

    /** The packaged form of a stored object ({@link RenderCaches#isData}), kept by the data memo. */
    private static PackedData packagedData(KubeObject o, String addonKey, KopsVersion release, String version,
            RenderStyle style, RenderCaches caches) {
        return caches.get(PACKED_DATA, new DataKey(o, addonKey, release, version, style, false),
                k -> packagedStored(o, addonKey, release, version, style, caches.storedText(o)));
    }

    /**
     * The packaged form of a stored object. kops' form of one read from a pool in the copied form, with its
     * header read alone and no pod template, is made from its header: its tree (the whole object's kops form) is
     * read when something asks for it, and its text is the pool text with the packaged metadata
     * ({@link #dataText}), so a render that edits it not reads none of it.
     */
    private static PackedData packagedStored(KubeObject o, String addonKey, KopsVersion release, String version,
            RenderStyle style, StoredText text) {
        if (style == RenderStyle.KOPS && text != null && text.header() != null && !text.podTemplate()
                && !PackagingFacts.at(release).podTemplateKinds().contains(o.apiVersion() + " " + o.kind())) {
            KubeObject header = kopsForm(KubeObject.of(text.header()), addonKey, release, version);
            StoredDocument document = new StoredDocument(Frozen.freezeMap(header.tree()),
                    () -> Frozen.freezeMap(kopsForm(o, addonKey, release, version).tree()));
            return new PackedData(KubeObject.of(document), document, header);
        }
        KubeObject p = packagedForm(o, addonKey, release, version, style);
        return new PackedData(p, p.tree(), null);
    }

    private static KubeObject packagedForm(KubeObject o, String addonKey, KopsVersion release, String version,
            RenderStyle style) {
        return style == RenderStyle.KOPS ? kopsForm(o, addonKey, release, version) : cleanForm(o);
    }

    /**
     * The packaged form of {@code o} and its text. An object the spec's edits made from a stored
     * object ({@code origin}, a {@linkplain RenderCaches#isData data} object of the same kind, namespace
     * and name) is written copying the text of the subtrees it shares with the origin's packaged form;
     * any other object keeps its text ({@link KubeObject#toYaml()}), so stored objects are written once.
     */
    private static Packed packedText(KubeObject o, KubeObject origin, String addonKey, KopsVersion release,
            String version, RenderStyle style, boolean unfolded, RenderCaches caches) {
        KubeObject p = packagedForm(o, addonKey, release, version, style);
        if (origin == null) {
            return new Packed(p, Utf8Texts.of(unfolded ? p.toUnfoldedYaml() : p.toYaml()));
        }
        TextSpans spans = caches.get(SPANS, new DataKey(origin, addonKey, release, version, style, unfolded),
                k -> GoYamlEmitter.emitRecorded(packagedData(origin, addonKey, release, version, style, caches).object().tree(),
                unfolded ? GoYamlEmitter.UNLIMITED_WIDTH : GoYamlEmitter.DEFAULT_WIDTH));
        return new Packed(p, Utf8Texts.of(GoYamlEmitter.emit(p.tree(), spans)));
    }

    private record Packed(KubeObject object, byte[] text) {
    }

    /**
     * The text of {@code packed}, the packaged form of the stored object {@code o}: where {@code o} was read from a
     * pool in the copied form ({@link StoredText}), its pool text with the metadata written again, otherwise the
     * packaged object's own text. Decided by resources alone, so a data memo.
     */
    private static final RenderCaches.Memo<DataKey, byte[]> DATA_TEXT = RenderCaches.Memo.data("packaged stored object texts");

    private static byte[] dataText(KubeObject o, PackedData packed, String addonKey, KopsVersion release,
            String version, RenderStyle style, boolean unfolded, RenderCaches caches) {
        StoredText stored = caches.storedText(o);
        if (stored == null) {
            return Utf8Texts.of(unfolded ? packed.object().toUnfoldedYaml() : packed.object().toYaml());
        }
        return caches.get(DATA_TEXT, new DataKey(o, addonKey, release, version, style, unfolded), k -> {
            int width = unfolded ? GoYamlEmitter.UNLIMITED_WIDTH : GoYamlEmitter.DEFAULT_WIDTH;
            byte[] t = packed.header() != null
                    ? stored.withMetadata((Map<?, ?>) packed.header().tree().get("metadata"), width)
                    : stored.packaged(o.tree(), packed.object().tree(), width);
            return t != null ? t : Utf8Texts.of(unfolded ? packed.object().toUnfoldedYaml() : packed.object().toYaml());
        });
    }

    /** The data object of {@code origins} with the kind, namespace and name of {@code o}; null if none. */
    private static KubeObject origin(KubeObject o, Manifest origins, RenderCaches caches) {
        for (KubeObject b : origins.objects()) {
            if (b.kind().equals(o.kind()) && b.name().equals(o.name()) && b.namespace().equals(o.namespace())) {
                return caches.isData(b) ? b : null;
            }
        }
        return null;
    }

    /**
     * What the channel says about the addon besides its manifest. {@code version} and
     * {@code kubernetesVersion} are the entry's own version and Kubernetes range (kops 1.18–1.21, which
     * list one entry per range); empty from 1.22, where the version is the release's {@code channelVersion} in
     * {@code packaging.yaml}. {@code manifestFile} is the file name (without {@code .yaml}) the entry's
     * {@code manifest} path ends in: the template id, except where kops names the file otherwise (Cilium's
     * templates carry the Cilium minor they were written for).
     */
    public record Addon(String key, String templateId, Optional<String> needsRollingUpdate, boolean needsPki,
            Optional<String> version, Optional<String> kubernetesVersion, String manifestFile) {

        public Addon(String key, String templateId, Optional<String> needsRollingUpdate, boolean needsPki,
                Optional<String> version, Optional<String> kubernetesVersion) {
            this(key, templateId, needsRollingUpdate, needsPki, version, kubernetesVersion, templateId);
        }

        public Addon(String key, String templateId, Optional<String> needsRollingUpdate, boolean needsPki) {
            this(key, templateId, needsRollingUpdate, needsPki, Optional.empty(), Optional.empty());
        }
    }

    /** The addon as kops packages it: its objects' packaged forms, its text, manifestHash and channel entry. */
    public static RenderedAddon pack(Addon addon, KopsVersion release, Manifest manifest, RenderStyle style,
            RenderCaches caches) {
        return pack(addon, release, manifest, Manifest.of(), style, caches);
    }

    /**
     * As {@link #pack(Addon, KopsVersion, Manifest, RenderStyle, RenderCaches)}, where {@code origins}
     * holds the stored objects (data) the manifest was edited from: an edited object is written by
     * copying from its origin's text what its edits left alone. The text is the same either way.
     */
    public static RenderedAddon pack(Addon addon, KopsVersion release, Manifest manifest, Manifest origins,
            RenderStyle style, RenderCaches caches) {
        String version = addon.version().isPresent() ? addon.version().get() : PackagingFacts.at(release).channelVersion();
        boolean unfolded = PackagingFacts.at(release).unfoldedLines();
        List<KubeObject> objects = new ArrayList<>(manifest.objects().size());
        // the packaged objects, with the style and version in their labels, decide the text; the release its hash
        List<byte[]> texts = new ArrayList<>(manifest.objects().size());
        // the maps the addon lists: a stored object's is read when a caller reads it
        List<Map<String, Object>> documents = new ArrayList<>(manifest.objects().size());
        for (KubeObject o : manifest.objects()) {
            // equal trees give equal packaged forms and equal text, so an equal object packaged before is reused
            Packed p = caches.isData(o) ? null : caches.get(PACKED,
                    new PackKey(o, addon.key(), release.major(), release.minor(), version, style),
                    k -> packedText(o, origin(o, origins, caches), addon.key(), release, version, style, unfolded, caches));
            PackedData data = p != null ? null : packagedData(o, addon.key(), release, version, style, caches);
            objects.add(p != null ? p.object() : data.object());
            documents.add(p != null ? p.object().tree() : data.document());
            texts.add(p != null ? p.text() : dataText(o, data, addon.key(), release, version, style, unfolded, caches));
        }
        byte[] yaml = Utf8Texts.join(texts);
        TextKey key = new TextKey(addon.key(), release.major(), release.minor(), version, style, manifest.objects(),
                caches);
        int stored = 0;
        while (stored < objects.size() && caches.isData(manifest.objects().get(stored))) {
            stored++;
        }
        int constant = stored;
        String hash = caches.get(HASH, key, k -> ManifestHash.joinedHashUtf8(texts, yaml, PackagingFacts.at(release).manifestHash(),
                prefix -> caches.get(HASH_PREFIX, new PrefixKey(PackagingFacts.at(release).manifestHash(),
                        PackagingFacts.at(release).unfoldedLines(), List.copyOf(objects.subList(0, prefix))),
                        pk -> ManifestHash.DigestPrefix.ofUtf8(pk.algorithm(), texts.subList(0, prefix))), constant));
        ChannelEntry.Builder entry = ChannelEntry.builder()
                .name(addon.key())
                .id(addon.templateId())
                .manifest(addon.key() + "/" + addon.manifestFile() + ".yaml")
                .manifestHash(hash)
                .selector(SELECTOR)
                .version(version)
                .listsEmptyVersion(PackagingFacts.at(release).emptyVersionListed())
                .needsRollingUpdate(addon.needsRollingUpdate());
        if (addon.kubernetesVersion().isPresent()) {
            entry.kubernetesVersion(addon.kubernetesVersion().get());
        }
        entry.pruneKinds(pruneKinds(addon.key(), release, objects));
        if (addon.needsPki()) {
            entry.needsPKI(true);
        }
        return RenderedAddon.builder()
                .addonKey(addon.key())
                .templateId(addon.templateId())
                .selector(SELECTOR)
                .version(version)
                .documents(documents)
                .yamlUtf8(yaml)
                .manifestHash(hash)
                .channelEntry(entry.build())
                .build();
    }

    /**
     * kops' prune block of the addon's channel entry (packaging.yaml {@code pruneAddons}, {@code pruneKinds}): each
     * listed kind with the selector of kops' addon labels and the sorted namespaces of the manifest's objects of that
     * kind; none for an addon kops does not prune.
     */
    static List<PruneKind> pruneKinds(String addonKey, KopsVersion release, List<KubeObject> objects) {
        PackagingFacts f = PackagingFacts.at(release);
        if (!f.pruneAddons().contains(addonKey)) {
            return List.of();
        }
        String selector = "addon.kops.k8s.io/name=" + addonKey + ",app.kubernetes.io/managed-by=kops";
        // one pass over the objects: the namespaces of each kind the manifest holds
        java.util.Map<PackagingFacts.GroupKind, java.util.TreeSet<String>> namespacesOf = new java.util.HashMap<>();
        for (KubeObject o : objects) {
            PackagingFacts.GroupKind gk = PackagingFacts.GroupKind.of(o.apiVersion(), o.kind());
            java.util.TreeSet<String> namespaces = namespacesOf.get(gk);
            if (namespaces == null) {
                namespaces = new java.util.TreeSet<>();
                namespacesOf.put(gk, namespaces);
            }
            String namespace = o.namespace().orElse("");
            if (!namespace.isEmpty()) {
                namespaces.add(namespace);
            }
        }
        List<PruneKind> kinds = new ArrayList<>(f.pruneKinds().size());
        for (PackagingFacts.GroupKind gk : f.pruneKinds()) {
            PruneKind.Builder k = PruneKind.builder().kind(gk.kind()).labelSelector(selector)
                    .namespaces(namespacesOf.getOrDefault(gk, new java.util.TreeSet<>()));
            if (!gk.group().isEmpty()) {
                k.group(gk.group());
            }
            kinds.add(k.build());
        }
        return List.copyOf(kinds);
    }

    /**
     * The addon with its objects replaced by {@code documents} (patched after packaging, so packaged
     * already): their text and the release's manifestHash over it, in the addon and its channel entry, and the
     * entry's prune block from them. kops builds the prune block from the objects of the manifest it ships, the
     * text its manifestHash covers (bootstrapchannelbuilder's addPruneDirectives parses the addon's final manifest
     * data): the kinds stay the release's list, the namespaces of each kind are those of the patched objects.
     *
     * @throws PodnetException if a document is not a Kubernetes object podnet can write
     */
    public static RenderedAddon repack(RenderedAddon addon, List<Map<String, Object>> documents, KopsVersion release) {
        List<KubeObject> objects = new ArrayList<>(documents.size());
        for (Map<String, Object> d : documents) {
            try {
                objects.add(KubeObject.of(d));
            } catch (IllegalArgumentException e) {
                throw new PodnetException("a patched object of " + addon.manifestPath() + " cannot be written: "
                        + e.getMessage() + "; patch values are maps, lists, strings, numbers, booleans or null");
            }
        }
        Text t = text(objects, release);
        List<Map<String, Object>> trees = new ArrayList<>(objects.size());
        for (KubeObject o : objects) {
            trees.add(o.tree());
        }
        return RenderedAddon.builder().from(addon).documents(trees).yamlUtf8(t.yaml()).manifestHash(t.hash())
                .channelEntry(ChannelEntry.builder().from(addon.channelEntry()).manifestHash(t.hash())
                        .pruneKinds(pruneKinds(addon.addonKey(), release, objects)).build())
                .build();
    }

    private static Text text(List<KubeObject> packaged, KopsVersion release) {
        List<byte[]> texts = texts(packaged, release);
        byte[] yaml = Utf8Texts.join(texts);
        String algorithm = PackagingFacts.at(release).manifestHash();
        return new Text(yaml, ManifestHash.joinedHashUtf8(texts, yaml, algorithm,
                prefix -> ManifestHash.DigestPrefix.ofUtf8(algorithm, texts.subList(0, prefix)), 0));
    }

    /**
     * The texts of the packaged objects, which joined by {@link KopsYaml#SEPARATOR} are the addon's
     * text: each object's own text ({@link KubeObject#toYaml()}), or unfolded where the release's kops
     * wrote long lines whole ({@link KubeObject#toUnfoldedYaml()}); either is kept by the object, so
     * the objects a render leaves alone are not written again.
     */
    private static List<byte[]> texts(List<KubeObject> packaged, KopsVersion release) {
        boolean unfolded = PackagingFacts.at(release).unfoldedLines();
        List<byte[]> texts = new ArrayList<>(packaged.size());
        for (KubeObject o : packaged) {
            texts.add(Utf8Texts.of(unfolded ? o.toUnfoldedYaml() : o.toYaml()));
        }
        return texts;
    }

    private record Text(byte[] yaml, String hash) {
    }

    /** The object as kops writes it at {@code release}, for an addon with the release's default channel version. */
    public static KubeObject kopsForm(KubeObject o, String addonKey, KopsVersion release) {
        return kopsForm(o, addonKey, release, PackagingFacts.at(release).channelVersion());
    }

    /** The object as kops writes it at {@code release}, for an addon of channel version {@code version}. */
    public static KubeObject kopsForm(KubeObject o, String addonKey, KopsVersion release, String version) {
        PackagingFacts f = PackagingFacts.at(release);
        KubeObject out = o;
        for (Map.Entry<String, String> l : f.objectLabels().entrySet()) {
            out = out.withLabel(l.getKey(), l.getValue().replace("{addon}", addonKey).replace("{version}", version));
        }
        boolean podTemplate = out.get("spec.template").isPresent();
        Map<String, String> podLabels = f.podTemplateLabels();
        if (!podLabels.isEmpty() && f.podTemplateKinds().contains(out.apiVersion() + " " + out.kind())) {
            for (Map.Entry<String, String> l : podLabels.entrySet()) {
                out = out.withPodLabel(l.getKey(), l.getValue());
            }
        }
        if (f.nullCreationTimestamp()) {
            out = out.with(List.of("metadata", "creationTimestamp"), null);
        }
        if (podTemplate && f.nullPodTemplateCreationTimestamp()) {
            out = out.with(List.of("spec", "template", "metadata", "creationTimestamp"), null);
        }
        return out;
    }

    /** The object without kops' bookkeeping: the empty status block kops' typed CRDs carry is dropped. */
    public static KubeObject cleanForm(KubeObject o) {
        if (o.kind().equals("CustomResourceDefinition") && CRD_STATUS.equals(o.get("status").orElse(null))) {
            return o.without("status");
        }
        return o;
    }
}
