package dev.podnet.api.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An edit of one rendered object that podnet does not model, applied after rendering (see
 * {@link RenderOptions#patches()}): a JSON merge patch (RFC 7386) or a JSON patch (RFC 6902) on the
 * object named by its {@link PatchTarget}. Rendering refuses it with a
 * {@link dev.podnet.api.PodnetException} when the target is not in the manifest or an operation
 * fails; the manifestHash covers the patched text, and the addon lists the patches applied to it
 * ({@link RenderedAddon#appliedPatches()}). Immutable.
 *
 * <pre>{@code
 * ManifestPatch.mergePatch(PatchTarget.of("DaemonSet", "kube-system", "calico-node"),
 *         Map.of("spec", Map.of("template", Map.of("spec", Map.of("priorityClassName", "my-class")))));
 * ManifestPatch.jsonPatch(PatchTarget.of("Deployment", "kube-system", "calico-kube-controllers"),
 *         PatchOperation.replace("/spec/replicas", 2));
 * }</pre>
 */
public final class ManifestPatch {
    /** The two patch formats. */
    public enum Type {
        /** RFC 7386: maps merge, null removes, anything else (lists too) replaces. */
        MERGE_PATCH,
        /** RFC 6902: a list of operations, applied in order, all or none. */
        JSON_PATCH
    }

    private final Type type;
    private final PatchTarget target;
    private final Map<String, Object> merge;
    private final List<PatchOperation> operations;

    private ManifestPatch(Type type, PatchTarget target, Map<String, Object> merge, List<PatchOperation> operations) {
        this.type = type;
        this.target = Objects.requireNonNull(target, "target");
        this.merge = merge;
        this.operations = operations;
    }

    /**
     * A JSON merge patch (RFC 7386) of one rendered object: maps merge key by key, {@code null} deletes a
     * key, any other value (lists included) replaces what was there.
     *
     * @param target the object to patch
     * @param patch the merge patch, e.g. {@code {"metadata": {"labels": {"team": "net"}}}}
     * @return a merge patch for {@code target}, to pass in {@code RenderOptions}
     * @throws IllegalArgumentException if the patch holds a value JSON cannot hold
     */
    @SuppressWarnings("unchecked")
    public static ManifestPatch mergePatch(PatchTarget target, Map<String, ?> patch) {
        Objects.requireNonNull(patch, "patch");
        return new ManifestPatch(Type.MERGE_PATCH, target, (Map<String, Object>) PatchValues.copy(patch), List.of());
    }

    /**
     * A JSON patch (RFC 6902) of one rendered object: its operations apply in order, and when one fails
     * the render is refused.
     *
     * @param target the object to patch
     * @param operations the operations, applied in order
     * @return a JSON patch for {@code target}, to pass in {@code RenderOptions}
     * @throws IllegalArgumentException if {@code operations} is empty
     */
    public static ManifestPatch jsonPatch(PatchTarget target, List<PatchOperation> operations) {
        if (operations.isEmpty()) throw new IllegalArgumentException("a JSON patch needs at least one operation");
        return new ManifestPatch(Type.JSON_PATCH, target, Map.of(), List.copyOf(operations));
    }

    /**
     * As {@link #jsonPatch(PatchTarget, List)}.
     *
     * @param target the object to patch
     * @param operations the operations, applied in order
     * @return a JSON patch for {@code target}, to pass in {@code RenderOptions}
     * @throws IllegalArgumentException if no operation is given
     */
    public static ManifestPatch jsonPatch(PatchTarget target, PatchOperation... operations) {
        return jsonPatch(target, List.of(operations));
    }

    /** @return the format */
    public Type type() {
        return type;
    }

    /** @return the object it edits */
    public PatchTarget target() {
        return target;
    }

    /** @return the merge patch (empty for a JSON patch) */
    public Map<String, Object> mergePatch() {
        return merge;
    }

    /** @return the operations (empty for a merge patch) */
    public List<PatchOperation> operations() {
        return operations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManifestPatch p && p.type == type && p.target.equals(target) && p.merge.equals(merge)
                && p.operations.equals(operations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, target, merge, operations);
    }

    /** @return e.g. {@code merge patch on DaemonSet kube-system/calico-node: {spec={...}}} */
    @Override
    public String toString() {
        return type == Type.MERGE_PATCH ? "merge patch on " + target + ": " + merge
                : "JSON patch on " + target + ": " + operations;
    }
}
