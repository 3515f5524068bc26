package dev.podnet.manifests.cilium;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.AddonPackager;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.ImageAssets;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cilium and Cilium ENI ({@code networking.cilium.io}). The template id follows the Cilium version
 *; images take {@code registry} and {@code version};
 * every field-driven {@code cilium-config} key, the agent/operator env, args, annotations, probes,
 * mounts and the optional objects (Hubble, ingress, etcd, ENI) are edits of
 * {@link CiliumConfig}, {@link CiliumOptionalObjects}, {@link CiliumAgent} and {@link CiliumOperator}.
 */
public final class CiliumRenderer extends DataRenderer {

    static final String ADDON = "networking.cilium.io";

    /**
     * Everything the Cilium edits read: the release line, the template, the Cilium spec (an immutable
     * value of strings, numbers and string collections), and the few cluster values the templates use
     * (name, {@code CloudLabels}, IPv6-only, Kubernetes minor for the PDB API).
     */
    private record EditKey(int major, int minor, String templateId, String dataId, CiliumSpec spec, String clusterName,
            String cloudLabels, boolean ipv6Only, int kubernetesMinor) {
        // written out: a record's generated equals and hashCode link through ObjectMethods' bootstrap on first use,
        // which for nine components costs a cold process ~2 ms (networking-benchmarks README, eighteenth round)
        @Override
        public boolean equals(Object o) {
            return o instanceof EditKey k && major == k.major && minor == k.minor && ipv6Only == k.ipv6Only
                    && kubernetesMinor == k.kubernetesMinor && templateId.equals(k.templateId) && dataId.equals(k.dataId)
                    && spec.equals(k.spec) && clusterName.equals(k.clusterName) && cloudLabels.equals(k.cloudLabels);
        }

        @Override
        public int hashCode() {
            int h = 31 * major + minor;
            h = 31 * h + templateId.hashCode();
            h = 31 * h + dataId.hashCode();
            h = 31 * h + spec.hashCode();
            h = 31 * h + clusterName.hashCode();
            h = 31 * h + cloudLabels.hashCode();
            h = 31 * h + Boolean.hashCode(ipv6Only);
            return 31 * h + kubernetesMinor;
        }
    }

    /**
     * The edited manifest per edit inputs: a spec rendered again (or another cluster whose Cilium
     * inputs are equal) skips the images, the ~150 cilium-config keys and the workload edits, and
     * gives the same object instances, whose packaged form and text {@link AddonPackager} has cached.
     * Bounded (specs are unbounded); the manifests are immutable.
     */
    private static final RenderCaches.Memo<EditKey, Manifest> EDITED = RenderCaches.Memo.named("cilium edited manifests");

    @Override
    public ProviderKind kind() {
        return ProviderKind.CILIUM;
    }

    @Override
    protected String folder() {
        return "cilium";
    }

    @Override
    protected String addonKey() {
        return ADDON;
    }

    @Override
    protected Optional<String> needsRollingUpdate(RenderContext ctx) {
        Optional<CiliumFacts.MinorTemplate> minor = minorTemplate(ctx.release(), spec(ctx));
        boolean old = minor.isPresent() && minor.get().oldTemplate();
        return facts(ctx).rollingUpdate() && !old ? Optional.of("all") : Optional.empty();
    }

    @Override
    protected boolean needsPki(RenderContext ctx) {
        return facts(ctx).hubbleTls() && CiliumConfig.hubble(spec(ctx));
    }

    /** The facts of {@code releases.yaml} in force at the context's release. */
    static CiliumFacts facts(RenderContext ctx) {
        return CiliumFacts.at(ctx.release());
    }

    static CiliumSpec spec(RenderContext ctx) {
        return ctx.cluster().networking().provider(CiliumSpec.class).orElseThrow();
    }

    /** The template id: the release's {@code templateId}, or its {@code legacyTemplate} for older Cilium versions. */
    static String templateId(KopsVersion release, CiliumSpec s) {
        CiliumFacts f = CiliumFacts.at(release);
        Optional<CiliumFacts.LegacyTemplate> legacy = f.legacyTemplate();
        if (legacy.isPresent() && versionPart(s.version().orElse("v1.10.0"), 1) < legacy.get().ciliumMinorBelow()) {
            return legacy.get().id();
        }
        return f.templateId();
    }

    /** kops' older templates (k8s-1.12, and k8s-1.7 at kops 1.19): only the keys and blocks they carry are edited. */
    static boolean legacy(String templateId) {
        return "k8s-1.12".equals(templateId) || "k8s-1.7".equals(templateId);
    }

    /**
     * kops 1.19 with Cilium below 1.8, and kops 1.18 whatever the version ({@code oldCiliumEntries}): two channel
     * entries, each its own template and Kubernetes range, rendered from their own data variant; empty otherwise.
     */
    static List<CiliumFacts.OldEntry> oldCiliumEntries(KopsVersion release, CiliumSpec s) {
        List<CiliumFacts.OldEntry> out = new ArrayList<>();
        for (CiliumFacts.OldEntry e : CiliumFacts.at(release).oldCiliumEntries()) {
            if (e.appliesTo(versionPart(s.version().orElse("v1.10.0"), 1))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Part {@code i} (0 major, 1 minor, 2 patch) of a {@code vX.Y.Z} version; 0 where absent or not
     * a number. The parts are separated by {@code .} or {@code -} after an optional leading {@code v}
     * (read without a regular expression: several edits of every render ask for a part).
     */
    static int versionPart(String version, int i) {
        int start = version.startsWith("v") ? 1 : 0;
        int part = 0;
        for (int k = start; k <= version.length(); k++) {
            if (k == version.length() || version.charAt(k) == '.' || version.charAt(k) == '-') {
                if (part == i) {
                    try {
                        return Integer.parseInt(version, start, k, 10);
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
                part++;
                start = k + 1;
            }
        }
        return 0;
    }

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches) {
        Optional<CiliumSpec> spec = completed.networking().provider(CiliumSpec.class);
        if (spec.isEmpty()) {
            throw new IllegalArgumentException(ADDON + ": the cluster has no spec.networking.cilium");
        }
        CiliumSpec s = spec.get();
        RenderResult.Builder out = RenderResult.builder();
        List<CiliumFacts.OldEntry> old = oldCiliumEntries(release, s);
        if (!old.isEmpty()) {
            for (CiliumFacts.OldEntry e : old) {
                out.addAddons(renderEntry(completed, release, style, caches, e.id(), e.data(), Optional.of(e.version()),
                        Optional.of(e.kubernetesVersion())));
            }
            return out.build();
        }
        CiliumFacts f = CiliumFacts.at(release);
        String templateId = templateId(release, s);
        Optional<CiliumFacts.MinorTemplate> minor = minorTemplate(release, s);
        return out.addAddons(renderEntry(completed, release, style, caches, templateId,
                minor.isPresent() ? minor.get().data() : templateId,
                channelVersion(f, templateId, minor), f.channelKubernetesVersion())).build();
    }

    /**
     * kops 1.20-1.21 with an older Cilium minor ({@code minorTemplates}): that minor's template under the same id,
     * the row with the lowest {@code ciliumMinorBelow} above the version's minor.
     */
    static Optional<CiliumFacts.MinorTemplate> minorTemplate(KopsVersion release, CiliumSpec s) {
        int minor = versionPart(s.version().orElse("v1.10.0"), 1);
        Optional<CiliumFacts.MinorTemplate> best = Optional.empty();
        for (CiliumFacts.MinorTemplate t : CiliumFacts.at(release).minorTemplates()) {
            if (minor < t.ciliumMinorBelow() && (best.isEmpty() || t.ciliumMinorBelow() < best.get().ciliumMinorBelow())) {
                best = Optional.of(t);
            }
        }
        return best;
    }

    /** The entry's channel version: the minor template's (kops 1.20-1.21), else the template's own, else the release's. */
    private static Optional<String> channelVersion(CiliumFacts f, String templateId, Optional<CiliumFacts.MinorTemplate> minor) {
        if (minor.isPresent() && minor.get().version().isPresent()) {
            return minor.get().version();
        }
        Optional<CiliumFacts.TemplateChannelVersion> own = f.templateChannelVersion();
        if (own.isPresent() && own.get().id().equals(templateId)) {
            return Optional.of(own.get().version());
        }
        return f.channelVersion();
    }

    /** One channel entry: template {@code templateId} from data variant {@code dataId}, edited for the spec. */
    private RenderedAddon renderEntry(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches,
            String templateId, String dataId, Optional<String> version, Optional<String> kubernetesRange) {
        ManifestData data = ManifestData.of(folder(), caches);
        String key = ManifestData.releaseKey(release.major(), release.minor());
        CiliumSpec s = completed.networking().provider(CiliumSpec.class).orElseThrow();
        RenderContext ctx = new RenderContext(completed, release, key, templateId, caches);
        // A combination podnet has no data for is a refusal (a PodnetException), not a bug.
        Optional<Manifest> variant = data.variant(key, dataId);
        if (variant.isEmpty()) {
            throw new dev.podnet.api.PodnetException(
                    ADDON + ": podnet has no manifest data for template " + dataId + " at kops " + key);
        }
        Manifest base = variant.get();
        EditKey editKey = new EditKey(release.major(), release.minor(), templateId, dataId, keyOf(s), completed.name(),
                CiliumConfig.cloudLabels(ctx), ctx.ipv6Only(), completed.kubernetes().isPresent() ? completed.kubernetes().get().minor() : -1);
        Manifest edited = caches.get(EDITED, editKey,
                k -> edit(withImages(base, caches.get(IMAGE_TABLES, key + " " + dataId, x -> ImageTable.of(data.images(key, dataId))),
                        s, release, templateId), ctx));
        // kops remaps the images of every addon by spec.assets after rendering it
        Manifest m = ImageAssets.of(completed, release).remap(edited);
        // kops names the template file after the Cilium minor it was written for (releases.yaml manifestFiles)
        String file = CiliumFacts.at(release).manifestFile(templateId, versionPart(s.version().orElse("v1.10.0"), 1));
        AddonPackager.Addon addon = new AddonPackager.Addon(ADDON, templateId, needsRollingUpdate(ctx), needsPki(ctx),
                version, kubernetesRange, file);
        // the edited objects are written copying from their stored forms' text what the edits left alone
        return AddonPackager.pack(addon, release, m, base, style, caches);
    }

    /**
     * The spec as a cache key: without its unknown fields (no edit reads them, and their values are
     * parsed trees the spec does not deep-freeze), so that the key holds only immutable values.
     */
    static CiliumSpec keyOf(CiliumSpec s) {
        boolean extra = !s.extraFields().isEmpty()
                || s.hubble().isPresent() && !s.hubble().get().extraFields().isEmpty()
                || s.ingress().isPresent() && !s.ingress().get().extraFields().isEmpty()
                || s.gatewayAPI().isPresent() && !s.gatewayAPI().get().extraFields().isEmpty();
        if (!extra) {
            return s;
        }
        CiliumSpec.Builder b = s.toBuilder().extraFields(Map.of());
        if (s.hubble().isPresent()) {
            b.hubble(s.hubble().get().toBuilder().extraFields(Map.of()).build());
        }
        if (s.ingress().isPresent()) {
            b.ingress(s.ingress().get().toBuilder().extraFields(Map.of()).build());
        }
        if (s.gatewayAPI().isPresent()) {
            b.gatewayAPI(s.gatewayAPI().get().toBuilder().extraFields(Map.of()).build());
        }
        return b.build();
    }

    /**
     * A release table's images ({@code Kind/name container} → image) grouped by object, in the table's
     * order: the objects' kinds and names and their containers, read from the table's keys once.
     */
    record ImageTable(List<ObjectImages> objects) {

        /** One object's containers and default images, in the table's order. */
        record ObjectImages(String kind, String name, List<String> containers, List<String> images) {
        }

        static ImageTable of(Map<String, String> images) {
            Map<String, List<String[]>> byObject = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> e : images.entrySet()) {
                String[] k = e.getKey().split(" ");
                List<String[]> containers = byObject.get(k[0]);
                if (containers == null) {
                    containers = new ArrayList<>();
                    byObject.put(k[0], containers);
                }
                containers.add(new String[] {k[1], e.getValue()});
            }
            List<ObjectImages> out = new ArrayList<>();
            for (Map.Entry<String, List<String[]>> o : byObject.entrySet()) {
                String[] kindName = o.getKey().split("/", 2);
                List<String> containers = new ArrayList<>();
                List<String> defaults = new ArrayList<>();
                for (String[] c : o.getValue()) {
                    containers.add(c[0]);
                    defaults.add(c[1]);
                }
                out.add(new ObjectImages(kindName[0], kindName[1], List.copyOf(containers), List.copyOf(defaults)));
            }
            return new ImageTable(List.copyOf(out));
        }
    }

    /** The image table per release line and data variant, read from the resources: data. */
    private static final RenderCaches.Memo<String, ImageTable> IMAGE_TABLES = RenderCaches.Memo.data("cilium image tables");

    /**
     * Images from the release table with {@code registry} (1.28+) and {@code version} applied; without a version,
     * the tag template {@code templateId} falls back to where the release has one ({@code unsetVersionTags}).
     */
    static Manifest withImages(Manifest m, ImageTable images, CiliumSpec s, KopsVersion release, String templateId) {
        CiliumFacts facts = CiliumFacts.at(release);
        String registry = facts.registry() && !s.registry().orElse("").isEmpty() ? s.registry().get() : null;
        String version = s.version().orElse("").isEmpty() ? null : s.version().get();
        // each object's containers in the table's order, edited in one pass over that object (edits of
        // different objects are independent, so the result is that of editing image by image)
        Manifest out = m;
        for (ImageTable.ObjectImages o : images.objects()) {
            if (out.find(o.kind(), o.name()).isPresent()) {
                Map<String, String> imageByContainer = new java.util.LinkedHashMap<>();
                for (int i = 0; i < o.containers().size(); i++) {
                    String container = o.containers().get(i);
                    String tag = version != null ? version : facts.unsetVersionTag(templateId, container).orElse(null);
                    imageByContainer.put(container, Edits.image(o.images().get(i), registry, tag));
                }
                out = out.edit(o.kind(), o.name(), obj -> obj.withImages(imageByContainer));
            }
        }
        return out;
    }

    @Override
    protected Manifest edit(Manifest held, RenderContext ctx) {
        CiliumSpec s = spec(ctx);
        // the release's template from the objects podnet holds for it (borrowed.tsv), then the spec's edits
        Manifest base = held;
        for (CiliumTemplateEdit e : facts(ctx).edits(ctx.templateId())) {
            base = e.apply(base);
        }
        Manifest m = CiliumOptionalObjects.selectOptional(base, s, ctx);
        m = m.edit("ConfigMap", "cilium-config", cm -> CiliumConfig.apply(cm, s, ctx));
        m = m.edit("DaemonSet", "cilium", ds -> CiliumAgent.agent(ds, s, ctx));
        m = m.edit("Deployment", "cilium-operator", d -> CiliumOperator.operator(d, s, ctx));
        if (m.find("Deployment", "hubble-relay").isPresent()) {
            m = m.edit("Deployment", "hubble-relay", d -> CiliumOptionalObjects.relayDebug(d, s, ctx));
        }
        m = CiliumOptionalObjects.optionalObjects(m, s, ctx);
        if (CiliumOldTemplates.applies(ctx)) {
            m = CiliumOldTemplates.edit(m, s, ctx);
        }
        return m;
    }

    /** Removes every object of this kind and name (the data may hold alternatives, e.g. two PDB API versions). */
    static Manifest withoutAll(Manifest m, String apiVersion, String kind, String name) {
        List<KubeObject> keep = new ArrayList<>();
        for (KubeObject o : m.objects()) {
            if (!(o.kind().equals(kind) && o.name().equals(name) && (apiVersion == null || o.apiVersion().equals(apiVersion)))) {
                keep.add(o);
            }
        }
        return Manifest.of(keep);
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return CiliumNode.HOOKS;
    }
}
