package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.ManifestRenderer;
import dev.podnet.manifests.RenderResult;
import dev.podnet.manifests.RenderStyle;
import dev.podnet.manifests.object.Manifest;
import java.util.Map;
import java.util.Optional;

/**
 * A renderer whose upstream objects are data ({@link ManifestData}): it selects the template id,
 * starts from the release's neutral objects with the release's images, lets the subclass apply
 * the edits the completed spec decides, and packages the result as kops does. Stateless.
 */
public abstract class DataRenderer implements ManifestRenderer {

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
        RenderContext probe = new RenderContext(completed, release, key, "");
        String templateId = data.templateId(release.minor(), probe.kubernetes().minor());
        RenderContext ctx = new RenderContext(completed, release, key, templateId);
        Manifest base = data.variant(key, templateId).orElseThrow(() -> new IllegalArgumentException(
                addonKey() + ": podnet has no manifest data for template " + templateId + " at kops " + key));
        Manifest m = withImages(base, data.images(key, templateId));
        m = edit(m, ctx);
        AddonPackager.Addon addon = new AddonPackager.Addon(addonKey(), templateId, needsRollingUpdate(ctx),
                needsPki(ctx));
        return RenderResult.builder().addAddons(AddonPackager.pack(addon, release, m, style)).build();
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
