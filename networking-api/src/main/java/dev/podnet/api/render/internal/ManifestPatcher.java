package dev.podnet.api.render.internal;

import dev.podnet.api.PodnetException;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.PatchTarget;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies post-render patches to a render result, in order, then has each patched addon packaged
 * again (text, manifestHash, channel entry) and records the patches it received. All or nothing:
 * a patch whose target is in no addon, or whose operation fails, refuses the whole render.
 */
public final class ManifestPatcher {

    /** Packages an addon's (patched) objects again as the release's rendering does. */
    @FunctionalInterface
    public interface Repackager {
        /**
         * @param addon the addon as rendered
         * @param documents its objects after the patches, in order
         * @return the addon with those objects, their text, manifestHash and channel entry
         */
        RenderedAddon repackage(RenderedAddon addon, List<Map<String, Object>> documents);
    }

    private ManifestPatcher() {
    }

    /**
     * @throws PodnetException if a patch's target is in no addon, an operation fails, or a patch leaves
     *     an object without its apiVersion, kind or name
     */
    public static RenderResult apply(RenderResult rendered, List<ManifestPatch> patches, Repackager repackager) {
        if (patches.isEmpty()) return rendered;
        List<RenderedAddon> addons = rendered.addons();
        List<List<Object>> docs = new ArrayList<>();
        List<List<ManifestPatch>> applied = new ArrayList<>();
        for (RenderedAddon a : addons) {
            docs.add(new ArrayList<>(a.documents().stream().map(Trees::mutableCopy).toList()));
            applied.add(new ArrayList<>());
        }
        for (int i = 0; i < patches.size(); i++) {
            ManifestPatch p = patches.get(i);
            boolean found = false;
            // kops 1.18 renders one addon per Kubernetes range: a patch applies to each that has its target
            for (int a = 0; a < addons.size(); a++) {
                List<Object> objects = docs.get(a);
                for (int d = 0; d < objects.size(); d++) {
                    if (!matches(p.target(), objects.get(d))) continue;
                    objects.set(d, applyOne(i, p, objects.get(d), addons.get(a)));
                    applied.get(a).add(p);
                    found = true;
                }
            }
            if (!found) throw new PodnetException(missing(i, p, addons));
        }
        List<RenderedAddon> out = new ArrayList<>(addons.size());
        for (int a = 0; a < addons.size(); a++) {
            if (applied.get(a).isEmpty()) {
                out.add(addons.get(a));
                continue;
            }
            List<Map<String, Object>> patched = new ArrayList<>();
            docs.get(a).forEach(o -> patched.add(asMap(o)));
            RenderedAddon re = repackager.repackage(addons.get(a), patched);
            out.add(RenderedAddon.builder().from(re).appliedPatches(applied.get(a)).build());
        }
        return RenderResult.builder().from(rendered).addons(out).build();
    }

    private static Object applyOne(int index, ManifestPatch p, Object object, RenderedAddon addon) {
        Object result;
        try {
            result = p.type() == ManifestPatch.Type.MERGE_PATCH ? MergePatcher.merge(object, p.mergePatch())
                    : JsonPatcher.apply(object, p.operations());
        } catch (PatchException e) {
            throw new PodnetException(describe(index, p) + " cannot apply to " + addon.manifestPath() + ": "
                    + e.getMessage() + "; fix the patch (paths are JSON pointers into the rendered object)");
        }
        for (String field : List.of("apiVersion", "kind")) {
            if (!(result instanceof Map<?, ?> m) || !(m.get(field) instanceof String s) || s.isEmpty()) {
                throw new PodnetException(describe(index, p) + " leaves the object without a string " + field
                        + "; a patch may change an object, not unmake it");
            }
        }
        if (!(name(result) instanceof String)) {
            throw new PodnetException(describe(index, p) + " leaves the object without metadata.name; a patch may change"
                    + " an object, not unmake it");
        }
        return result;
    }

    private static boolean matches(PatchTarget t, Object object) {
        if (!(object instanceof Map<?, ?> m)) return false;
        Optional<String> namespace = Optional.ofNullable(metadata(m).get("namespace")).map(String::valueOf);
        return t.kind().equals(m.get("kind")) && t.name().equals(name(m)) && t.namespace().equals(namespace);
    }

    private static Map<?, ?> metadata(Map<?, ?> object) {
        return object.get("metadata") instanceof Map<?, ?> md ? md : Map.of();
    }

    private static String missing(int index, ManifestPatch p, List<RenderedAddon> addons) {
        List<String> same = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (RenderedAddon a : addons) {
            a.manifest().objects().forEach(o -> {
                String id = o.kind() + " " + o.namespace().map(n -> n + "/").orElse("") + o.name();
                all.add(id);
                if (o.kind().equals(p.target().kind()) || o.name().equals(p.target().name())) same.add(id);
            });
        }
        String where = addons.isEmpty() ? "nothing was rendered as a manifest (a node-level provider)"
                : "the rendered objects of that kind or name are " + (same.isEmpty() ? "none; all are " + all : same);
        return describe(index, p) + ": no " + p.target() + " in the rendered manifest; " + where
                + "; fix the patch's kind, namespace or name";
    }

    private static String describe(int index, ManifestPatch p) {
        return "patch " + (index + 1) + " (" + (p.type() == ManifestPatch.Type.MERGE_PATCH ? "merge patch" : "JSON patch")
                + " on " + p.target() + ")";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** {@code metadata.name} of an object tree, or null. */
    private static Object name(Object object) {
        return object instanceof Map<?, ?> m ? metadata(m).get("name") : null;
    }
}
