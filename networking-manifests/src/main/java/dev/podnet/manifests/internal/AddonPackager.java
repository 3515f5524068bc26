package dev.podnet.manifests.internal;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.render.ChannelEntry;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kops' addon packaging (spec: weave-romana-kopeio-kindnet-and-cross-cutting.md §B.3): the labels
 * kops stamps on every object and pod template, the bookkeeping its Go serialisation adds
 * ({@code creationTimestamp: null}, empty CRD status), the manifestHash and the channel entry. Which
 * of these a release does is data: {@code dev/podnet/manifests/packaging.yaml}.
 */
public final class AddonPackager {

    /** The selector of every networking addon. */
    public static final Map<String, String> SELECTOR = Map.of("role.kubernetes.io/networking", "1");

    private static final Map<String, Object> CRD_STATUS;

    /** What each release stamps and hashes (rows by the release they start at). */
    private static final FactTable PACKAGING = FactTable.load(AddonPackager.class, "/dev/podnet/manifests/packaging.yaml");

    static {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("kind", "");
        names.put("plural", "");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("acceptedNames", names);
        s.put("conditions", List.of());
        s.put("storedVersions", List.of());
        CRD_STATUS = s;
    }

    /** Objects declared stored data ({@link #shared}), by identity. */
    private static final Map<Identity, Boolean> SHARED = new ConcurrentHashMap<>();
    /** The packaged form of a stored object per addon, release, channel version and style. */
    private static final Map<PackKey, KubeObject> PACKED = new ConcurrentHashMap<>();

    private AddonPackager() {
    }

    /** Identity of an object: stored objects are shared, so the same instance means the same object. */
    private record Identity(KubeObject object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    private record PackKey(Identity object, String addonKey, int major, int minor, String version, RenderStyle style) {
    }

    /** The packaging of a whole addon made only of stored objects: the same key plus the objects, in order, by identity. */
    private record TextKey(String addonKey, int major, int minor, String version, RenderStyle style,
            List<Identity> objects) {
    }

    /** The YAML text and manifestHash of an addon every object of which is stored data. */
    private record Text(String yaml, String hash) {
    }

    /**
     * Text and hash of addons made only of stored objects (a render the spec's edits left untouched,
     * e.g. a default Calico spec): joining and hashing ~250 KB is the bulk of such a render. Bounded
     * by the stored data: one entry per distinct (addon, release, version, style, object list).
     */
    private static final Map<TextKey, Text> TEXT = new ConcurrentHashMap<>();

    /** The packaging of an object a render edited: the object by value (its tree) plus the packaging inputs. */
    private record EditedKey(KubeObject object, String addonKey, int major, int minor, String version,
            RenderStyle style) {
    }

    /** The packaging of an addon some object of which a render edited: the packaged objects, in order, by value. */
    private record PackedTextKey(int major, int minor, List<KubeObject> packaged) {
    }

    /**
     * The packaged form of objects renders edited, by value: a render whose edits give an object
     * equal to one packaged before (the same spec rendered again, or another spec with the same
     * effect on that object) reuses its packaged form and with it its text. Bounded: specs are
     * unbounded, so only the most recently used entries are kept.
     */
    private static final BoundedCache<EditedKey, KubeObject> EDITED = new BoundedCache<>(512);

    /**
     * Text and hash of addons with edited objects, keyed by the packaged objects by value: the
     * packaged objects of a repeated render are the cached instances, so the key compares by
     * identity and cached hashes, and joining and hashing the whole text is skipped. Bounded.
     */
    private static final BoundedCache<PackedTextKey, Text> EDITED_TEXT = new BoundedCache<>(32);

    /**
     * Declares the objects of {@code manifest} stored data: long-lived, shared by every render (the
     * release's neutral objects with its images). {@link #pack} then caches their packaged form (labels,
     * bookkeeping, and through it the object's text) per (addon, release, style), so an object no
     * spec-dependent edit touched is written from cached text. Objects a render edits are new
     * instances and are packaged afresh. Returns {@code manifest}.
     */
    public static Manifest shared(Manifest manifest) {
        for (KubeObject o : manifest.objects()) {
            SHARED.putIfAbsent(new Identity(o), Boolean.TRUE);
        }
        return manifest;
    }

    private static KubeObject packaged(KubeObject o, String addonKey, KopsVersion release, String version,
            RenderStyle style) {
        Identity id = new Identity(o);
        if (!SHARED.containsKey(id)) {
            // equal trees give equal packaged forms and equal text, so an equal object packaged before is reused
            return EDITED.get(new EditedKey(o, addonKey, release.major(), release.minor(), version, style),
                    k -> style == RenderStyle.KOPS ? kopsForm(o, addonKey, release, version) : cleanForm(o));
        }
        PackKey key = new PackKey(id, addonKey, release.major(), release.minor(), version, style);
        KubeObject p = PACKED.get(key);
        if (p == null) {
            p = style == RenderStyle.KOPS ? kopsForm(o, addonKey, release, version) : cleanForm(o);
            KubeObject raced = PACKED.putIfAbsent(key, p);
            p = raced != null ? raced : p;
        }
        return p;
    }

    /**
     * What the channel says about the addon besides its manifest. {@code version} and
     * {@code kubernetesVersion} are the entry's own version and Kubernetes range (kops 1.18–1.21, which
     * list one entry per range); empty from 1.22, where the version is the release's {@code channelVersion} in
     * {@code packaging.yaml}.
     */
    public record Addon(String key, String templateId, Optional<String> needsRollingUpdate, boolean needsPki,
            Optional<String> version, Optional<String> kubernetesVersion) {

        public Addon(String key, String templateId, Optional<String> needsRollingUpdate, boolean needsPki) {
            this(key, templateId, needsRollingUpdate, needsPki, Optional.empty(), Optional.empty());
        }
    }

    public static RenderedAddon pack(Addon addon, KopsVersion release, Manifest manifest, RenderStyle style) {
        String version = addon.version().orElseGet(() -> PACKAGING.at(release).required("channelVersion"));
        List<KubeObject> objects = new ArrayList<>(manifest.objects().size());
        List<Identity> ids = new ArrayList<>(manifest.objects().size());
        boolean allStored = true;
        for (KubeObject o : manifest.objects()) {
            objects.add(packaged(o, addon.key(), release, version, style));
            Identity id = new Identity(o);
            allStored &= SHARED.containsKey(id);
            ids.add(id);
        }
        String yaml;
        String hash;
        if (allStored) {
            TextKey key = new TextKey(addon.key(), release.major(), release.minor(), version, style, List.copyOf(ids));
            Text t = TEXT.computeIfAbsent(key, k -> text(objects, release));
            yaml = t.yaml();
            hash = t.hash();
        } else {
            // the packaged objects, with the style and version in their labels, decide the text; the release its hash
            PackedTextKey key = new PackedTextKey(release.major(), release.minor(), List.copyOf(objects));
            Text t = EDITED_TEXT.get(key, k -> text(objects, release));
            yaml = t.yaml();
            hash = t.hash();
        }
        ChannelEntry.Builder entry = ChannelEntry.builder()
                .name(addon.key())
                .id(addon.templateId())
                .manifest(addon.key() + "/" + addon.templateId() + ".yaml")
                .manifestHash(hash)
                .selector(SELECTOR)
                .version(version)
                .needsRollingUpdate(addon.needsRollingUpdate());
        addon.kubernetesVersion().ifPresent(entry::kubernetesVersion);
        if (addon.needsPki()) {
            entry.needsPKI(true);
        }
        List<Map<String, Object>> documents = new ArrayList<>(objects.size());
        for (KubeObject o : objects) {
            documents.add(o.tree());
        }
        return RenderedAddon.builder()
                .addonKey(addon.key())
                .templateId(addon.templateId())
                .selector(SELECTOR)
                .version(version)
                .documents(documents)
                .yaml(yaml)
                .manifestHash(hash)
                .channelEntry(entry.build())
                .build();
    }

    private static Text text(List<KubeObject> packaged, KopsVersion release) {
        String yaml = KopsYaml.write(packaged);
        return new Text(yaml, hash(yaml.strip(), PACKAGING.at(release).required("manifestHash")));
    }

    /** The object as kops writes it at {@code release}, for an addon with the release's default channel version. */
    public static KubeObject kopsForm(KubeObject o, String addonKey, KopsVersion release) {
        return kopsForm(o, addonKey, release, PACKAGING.at(release).required("channelVersion"));
    }

    /** The object as kops writes it at {@code release}, for an addon of channel version {@code version}. */
    public static KubeObject kopsForm(KubeObject o, String addonKey, KopsVersion release, String version) {
        FactTable.Facts f = PACKAGING.at(release);
        KubeObject out = o;
        for (Map.Entry<String, Object> l : f.map("objectLabels").entrySet()) {
            out = out.withLabel(l.getKey(), String.valueOf(l.getValue())
                    .replace("{addon}", addonKey).replace("{version}", version));
        }
        boolean podTemplate = out.get("spec.template").isPresent();
        Map<String, Object> podLabels = f.map("podTemplateLabels");
        if (!podLabels.isEmpty() && f.strings("podTemplateKinds").contains(out.apiVersion() + " " + out.kind())) {
            for (Map.Entry<String, Object> l : podLabels.entrySet()) {
                out = out.withPodLabel(l.getKey(), String.valueOf(l.getValue()));
            }
        }
        if (f.flag("nullCreationTimestamp")) {
            out = out.with(List.of("metadata", "creationTimestamp"), null);
        }
        if (podTemplate && f.flag("nullPodTemplateCreationTimestamp")) {
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

    static String hash(String text, String algorithm) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
