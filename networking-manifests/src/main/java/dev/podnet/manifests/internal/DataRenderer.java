package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A renderer whose upstream objects are data ({@link ManifestData}): it selects the template id,
 * starts from the release's neutral objects with the release's images, lets the subclass apply
 * the edits the completed spec decides, and packages the result as kops does. Stateless.
 */
public abstract class DataRenderer implements ProviderRenderer {

    @Override
    public final boolean rendersAddons() {
        return true;
    }

    /** The release's neutral objects of a template with the release's images, by folder, release and template. */
    private static final RenderCaches.Memo<String, Manifest> PREPARED = RenderCaches.Memo.data("prepared templates");

    /** The resources folder, e.g. {@code calico}. */
    protected abstract String folder();

    /** The addon key, e.g. {@code networking.projectcalico.org}. */
    protected abstract String addonKey();

    /** The channel's {@code needsRollingUpdate}. */
    protected Optional<String> needsRollingUpdate(RenderContext ctx) {
        return Optional.empty();
    }

    protected boolean needsPki(RenderContext ctx) {
        return false;
    }

    /**
     * Whether the spec meets the condition of an alternative channel entry of {@code templates.tsv} (its
     * seventh column, {@link ManifestData#rangedTemplates(int, java.util.function.Predicate)}). A provider
     * whose table has such rows answers for its conditions; an unknown one is an error of the data.
     */
    protected boolean entryCondition(String condition, RenderContext ctx) {
        throw new IllegalStateException(folder() + "/templates.tsv: condition " + condition + " has no rule in "
                + getClass().getSimpleName());
    }

    /** The spec-driven edits. */
    protected abstract Manifest edit(Manifest base, RenderContext ctx);

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches) {
        ManifestData data = ManifestData.of(folder(), caches);
        String key = ManifestData.releaseKey(release.major(), release.minor());
        RenderContext probe = new RenderContext(completed, release, key, "", caches);
        List<ManifestData.RangedTemplate> ranged = data.rangedTemplates(release.minor(), c -> entryCondition(c, probe));
        RenderResult.Builder out = RenderResult.builder();
        if (!ranged.isEmpty()) {
            // kops 1.18-1.21: one channel entry per Kubernetes range, the cluster's channels tool picks one
            refuseMissing(data, key, ranged);
            for (ManifestData.RangedTemplate t : ranged) {
                out.addAddons(renderTemplate(data, new RenderContext(completed, release, key, t.templateId(), caches),
                        style, Optional.of(t.version()), t.kubernetesVersion()));
            }
            return out.build();
        }
        String templateId = data.templateId(release.minor(), probe.kubernetes().minor());
        return out.addAddons(renderTemplate(data, new RenderContext(completed, release, key, templateId, caches),
                style, Optional.empty(), Optional.empty())).build();
    }

    /**
     * A release whose channel podnet knows (templates.tsv) but whose upstream objects no kops rendering podnet
     * derives its data from holds (kops' test corpus, kops-oracle): a refusal naming the templates, never objects
     * borrowed from a neighbouring release.
     */
    private void refuseMissing(ManifestData data, String key, List<ManifestData.RangedTemplate> ranged) {
        List<String> all = new ArrayList<>(ranged.size());
        List<String> missing = new ArrayList<>();
        for (ManifestData.RangedTemplate t : ranged) {
            all.add(t.templateId());
            if (data.variant(key, t.templateId()).isEmpty()) missing.add(t.templateId());
        }
        if (missing.isEmpty()) return;
        throw new dev.podnet.api.PodnetException(addonKey() + ": kops " + key + " lists templates " + String.join(", ", all)
                + " (one channel entry per Kubernetes range) but podnet has no upstream objects of "
                + String.join(", ", missing) + " at kops " + key + ": no kops " + key
                + " rendering of them is in kops' test corpus or in kops-oracle's releases, and podnet does not invent one");
    }

    private RenderedAddon renderTemplate(ManifestData data, RenderContext ctx, RenderStyle style,
            Optional<String> version, Optional<String> kubernetesRange) {
        Manifest base = prepared(data, ctx.releaseKey(), ctx.templateId(), ctx.caches());
        // kops remaps the images of every addon by spec.assets after rendering it
        Manifest m = ImageAssets.of(ctx.cluster(), ctx.release()).remap(edit(base, ctx));
        AddonPackager.Addon addon = new AddonPackager.Addon(addonKey(), ctx.templateId(), needsRollingUpdate(ctx),
                needsPki(ctx), version, kubernetesRange);
        // the edited objects are written copying from their stored forms' text what the edits left alone
        return AddonPackager.pack(addon, ctx.release(), m, base, style, ctx.caches());
    }

    /**
     * The release's neutral objects of a template with the release's images, memoised per
     * (provider, release, template), so that the objects the spec's edits leave alone are the same
     * instances from one render to the next and keep their packaged form and text.
     */
    private Manifest prepared(ManifestData data, String key, String templateId, RenderCaches caches) {
        return caches.get(PREPARED, folder() + " " + key + " " + templateId, k -> {
            // A combination podnet has no data for is a refusal (a PodnetException), not a bug.
            Manifest base = data.variant(key, templateId).orElseThrow(() -> new dev.podnet.api.PodnetException(
                    addonKey() + ": podnet has no manifest data for template " + templateId + " at kops " + key));
            return caches.holdAsData(withImages(base, data.images(key, templateId)));
        });
    }

    /** Sets each container's image from the release's image table ({@code Kind/name container} → image). */
    static Manifest withImages(Manifest m, Map<String, String> images) {
        Manifest out = m;
        for (Map.Entry<String, String> e : images.entrySet()) {
            String[] k = e.getKey().split(" ");
            String[] kindName = k[0].split("/", 2);
            if (out.find(kindName[0], kindName[1]).isPresent()) {
                out = out.edit(kindName[0], kindName[1], o -> o.withImage(k[1], e.getValue()));
            }
        }
        return out;
    }
}
