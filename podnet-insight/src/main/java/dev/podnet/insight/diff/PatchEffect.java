package dev.podnet.insight.diff;

import dev.podnet.api.render.ManifestPatch;
import dev.podnet.insight.internal.Text;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one post-render patch ({@link dev.podnet.api.render.RenderOptions#patches()}) changed in one
 * rendered object: the fields it set, changed or removed, each with its value before the patch
 * ({@link FieldChange#before()}) and after it ({@link FieldChange#after()}). A patch whose target is
 * in several addons (kops 1.18 renders one addon per Kubernetes range) has one effect per addon.
 * Made by {@link PatchEffects#of}.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface PatchEffect {
    /**
     * The patch's position in the list given to rendering, from 1.
     *
     * @return the patch number
     */
    int number();

    /** {@return the patch} */
    ManifestPatch patch();

    /**
     * The manifest the object is in, e.g. {@code networking.projectcalico.org/k8s-1.25.yaml}.
     *
     * @return the addon's manifest path
     */
    String manifest();

    /**
     * The object it edited, e.g. {@code DaemonSet kube-system/calico-node}.
     *
     * @return the patch's target
     */
    default String object() { return patch().target().toString(); }

    /**
     * The fields of the object the patch changed, in the object's order (paths as in
     * {@link FieldChange#path()}); empty when the patch left the object as it was (a JSON patch of
     * {@code test} operations, or a merge patch setting values already there).
     *
     * @return the values, in order; empty when not set
     */
    List<FieldChange> fields();

    /** @return e.g. {@code patch 1 (merge patch) on DaemonSet kube-system/calico-node in networking.projectcalico.org/k8s-1.25.yaml} */
    default String line() {
        return "patch " + number() + " (" + (patch().type() == ManifestPatch.Type.MERGE_PATCH ? "merge patch" : "JSON patch")
                + ") on " + object() + " in " + manifest();
    }

    /**
     * For people: {@link #line()}, then each field on its own line, indented, as
     * {@code path: old → new} ({@code (absent)} for a missing side, long values shortened), or
     * {@code : no field changed} after the line.
     *
     * @return the lines, without a final line break
     */
    default List<String> text() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Text.line(line()) + (fields().isEmpty() ? ": no field changed" : ""));
        fields().forEach(f -> lines.add("    " + Text.change(f.path(), f.before(), f.after())));
        return lines;
    }

    /**
     * For tools (the {@code diff}, {@code explain} and {@code migrate} JSON): {@code patch} (its
     * number), {@code type} ({@code mergePatch} or {@code jsonPatch}), {@code kind},
     * {@code namespace}, {@code name}, {@code manifest} and {@code fields}, each a map of
     * {@code path}, {@code before} and {@code after} (empty when absent).
     *
     * @return the effect as maps, lists, strings, numbers and optionals, in that key order
     */
    default java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
        x.put("patch", number());
        x.put("type", patch().type() == ManifestPatch.Type.MERGE_PATCH ? "mergePatch" : "jsonPatch");
        x.put("kind", patch().target().kind());
        x.put("namespace", patch().target().namespace());
        x.put("name", patch().target().name());
        x.put("manifest", manifest());
        x.put("fields", fields().stream().map(f -> {
            java.util.Map<String, Object> c = new java.util.LinkedHashMap<>();
            c.put("path", f.path());
            c.put("before", f.before());
            c.put("after", f.after());
            return c;
        }).toList());
        return x;
    }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link PatchEffect}. */
    final class Builder extends ImmutablePatchEffect.Builder {
        Builder() {
        }
    }
}
