package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.ManifestRenderer;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A renderer whose upstream objects are data ({@link ManifestData}): it selects the template id,
 * starts from the release's neutral objects with the release's images, lets the subclass apply
 * the edits the completed spec decides, and packages the result as kops does. Stateless.
 */
public abstract class DataRenderer implements ManifestRenderer {

    private static final Map<String, Manifest> PREPARED = new ConcurrentHashMap<>();

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

    /** The spec-driven edits. */
    protected abstract Manifest edit(Manifest base, RenderContext ctx);

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderStyle style) {
        ManifestData data = ManifestData.of(folder());
        String key = ManifestData.releaseKey(release.major(), release.minor());
        List<ManifestData.RangedTemplate> ranged = data.rangedTemplates(release.minor());
        RenderResult.Builder out = RenderResult.builder();
        if (!ranged.isEmpty()) {
            // kops 1.18-1.21: one channel entry per Kubernetes range, the cluster's channels tool picks one
            for (ManifestData.RangedTemplate t : ranged) {
                out.addAddons(renderTemplate(data, completed, release, key, t.templateId(), style,
                        Optional.of(t.version()), Optional.of(t.kubernetesRange())));
            }
            return out.build();
        }
        RenderContext probe = new RenderContext(completed, release, key, "");
        String templateId = data.templateId(release.minor(), probe.kubernetes().minor());
        return out.addAddons(renderTemplate(data, completed, release, key, templateId, style, Optional.empty(),
                Optional.empty())).build();
    }

    private RenderedAddon renderTemplate(ManifestData data, Cluster completed, KopsVersion release, String key,
            String templateId, RenderStyle style, Optional<String> version, Optional<String> kubernetesRange) {
        RenderContext ctx = new RenderContext(completed, release, key, templateId);
        Manifest m = edit(prepared(data, key, templateId), ctx);
        AddonPackager.Addon addon = new AddonPackager.Addon(addonKey(), templateId, needsRollingUpdate(ctx),
                needsPki(ctx), version, kubernetesRange);
        return AddonPackager.pack(addon, release, m, style);
    }

    /**
     * The release's neutral objects of a template with the release's images: computed once per
     * (provider, release, template) and declared stored data, so that the objects the spec's edits
     * leave alone keep their packaged form and text from one render to the next.
     */
    private Manifest prepared(ManifestData data, String key, String templateId) {
        return PREPARED.computeIfAbsent(folder() + " " + key + " " + templateId, k -> {
            // A combination podnet has no data for is a refusal (a PodnetException), not a bug.
            Manifest base = data.variant(key, templateId).orElseThrow(() -> new dev.podnet.api.PodnetException(
                    addonKey() + ": podnet has no manifest data for template " + templateId + " at kops " + key));
            return AddonPackager.shared(withImages(base, data.images(key, templateId)));
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
