package dev.podnet.insight.diff;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which objects and fields each post-render patch changed. The completion is rendered with the
 * first patch, the first two, and so on, and each object a patch targets is compared with the
 * same object one patch earlier: so every field is credited to the patch that changed it, also
 * when a later patch edits the same object again.
 *
 * <pre>{@code
 * for (PatchEffect e : PatchEffects.of(podnet, completion, options)) {
 *     System.out.println(e.line());
 *     e.fields().forEach(f -> System.out.println("  " + f.path() + ": " + f.before() + " -> " + f.after()));
 * }
 * }</pre>
 */
public final class PatchEffects {
    private PatchEffects() {
    }

    /**
     * Renders {@code completion} with {@code options} (style, AWS account) and each prefix of its patches.
     *
     * @param podnet the facade of the completion's release
     * @param completion the completed spec
     * @param options the style, the AWS account and the patches
     * @return one effect per patch and addon it applied to, in patch order; empty without patches
     * @throws dev.podnet.api.PodnetException as {@link Podnet#render(Completion, RenderOptions)}
     *     does, e.g. when a patch's target is not rendered
     */
    public static List<PatchEffect> of(Podnet podnet, Completion completion, RenderOptions options) {
        List<ManifestPatch> patches = options.patches();
        List<PatchEffect> out = new ArrayList<>();
        if (patches.isEmpty()) return out;
        RenderResult before = podnet.render(completion, RenderOptions.builder().from(options).patches(List.of()).build());
        for (int i = 0; i < patches.size(); i++) {
            RenderResult after = podnet.render(completion, RenderOptions.builder().from(options)
                    .patches(patches.subList(0, i + 1)).build());
            out.addAll(effects(i + 1, patches.get(i), before, after));
            before = after;
        }
        return out;
    }

    /** The patch's effect on each addon that has its target; addons are in the same order in both results. */
    private static List<PatchEffect> effects(int number, ManifestPatch patch, RenderResult before, RenderResult after) {
        List<PatchEffect> out = new ArrayList<>();
        for (int a = 0; a < before.addons().size() && a < after.addons().size(); a++) {
            RenderedAddon old = before.addons().get(a);
            List<Map<String, Object>> was = old.documents();
            List<Map<String, Object>> now = after.addons().get(a).documents();
            for (int d = 0; d < was.size() && d < now.size(); d++) {
                // The patched object stays at its index, even when the patch renames it.
                if (was.get(d) == null || !patch.target().matches(ObjectView.of(was.get(d)))) continue;
                out.add(PatchEffect.builder().number(number).patch(patch).manifest(old.manifestPath())
                        .fields(ObjectDiff.fields(was.get(d), now.get(d) == null ? Map.of() : now.get(d))).build());
            }
        }
        return out;
    }
}
