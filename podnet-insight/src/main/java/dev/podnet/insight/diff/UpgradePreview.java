package dev.podnet.insight.diff;

import dev.podnet.Podnet;
import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.insight.internal.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The upgrade preview: the same spec completed, validated and rendered by two releases, compared.
 *
 * <pre>{@code
 * UpgradeDiff d = UpgradePreview.of(cluster, Podnet.forRelease("1.28"), Podnet.forRelease("1.32"));
 * d.imageBumps().forEach(b -> System.out.println(b.line()));
 * if (d.roll().required()) ...
 * }</pre>
 */
public final class UpgradePreview {
    private UpgradePreview() {
    }

    /**
     * Compares what {@code from} and {@code to} make of {@code cluster} (the spec as the user
     * writes it). A release that refuses the spec renders nothing: its objects count as absent and
     * {@link UpgradeDiff#notes()} says why.
     *
     * @param cluster the spec
     * @param from    the release the cluster runs (its facade, with its cache)
     * @param to      the release to compare with
     * @return the differences
     */
    public static UpgradeDiff of(Cluster cluster, Podnet from, Podnet to) {
        return of(cluster, from, to, List.of());
    }

    /**
     * Compares what {@code from} and {@code to} make of {@code cluster} with the same post-render
     * patches applied at both releases: the objects are compared as patched, and
     * {@link UpgradeDiff#patchesFrom()} and {@link UpgradeDiff#patchesTo()} say what each patch
     * changed at each release. A patch that cannot apply at one release (its target is not
     * rendered there) makes that release render nothing, with the reason in {@link UpgradeDiff#notes()}.
     *
     * @param cluster the spec
     * @param from    the release the cluster runs (its facade, with its cache)
     * @param to      the release to compare with
     * @param patches the patches, applied in order after rendering at each release
     * @return the differences
     */
    public static UpgradeDiff of(Cluster cluster, Podnet from, Podnet to, List<ManifestPatch> patches) {
        return of(cluster, from, to, RenderOptions.builder().patches(patches).build());
    }

    /**
     * As {@link #of(Cluster, Podnet, Podnet, List)}, rendering both releases with {@code options}: their style, their
     * patches and the inputs a render may need (the {@linkplain RenderOptions#awsAccount() AWS account}; a release
     * whose render needs one the options lack renders nothing, with the reason in {@link UpgradeDiff#notes()}).
     *
     * @param cluster the spec
     * @param from    the release the cluster runs (its facade, with its cache)
     * @param to      the release to compare with
     * @param options the style, the patches (applied in order at each release) and the AWS account
     * @return the differences
     */
    public static UpgradeDiff of(Cluster cluster, Podnet from, Podnet to, RenderOptions options) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(options, "options");
        Snapshot before = Snapshot.of(from, cluster, options);
        Snapshot after = Snapshot.of(to, cluster, options);
        UpgradeDiff.Builder b = UpgradeDiff.builder().from(from.release()).to(to.release()).cluster(cluster.name());
        b.defaults(defaults(before.completion(), after.completion()));
        b.findingsAppeared(missingFrom(after.findings(), before.findings()));
        b.findingsGone(missingFrom(before.findings(), after.findings()));
        List<ObjectChange> objects = ObjectDiff.of(before, after);
        b.objects(objects);
        List<FieldChange> node = NodeConfigDiff.of(before, after);
        b.nodeConfig(node);
        b.roll(Rolls.of(before, after, node));
        b.patchesFrom(effects(from, before, options));
        b.patchesTo(effects(to, after, options));
        before.refusal().ifPresent(r -> b.addNotes("kops " + from.release() + " renders nothing: " + r));
        after.refusal().ifPresent(r -> b.addNotes("kops " + to.release() + " renders nothing: " + r));
        return b.build();
    }

    private static List<PatchEffect> effects(Podnet podnet, Snapshot s, RenderOptions options) {
        if (s.render().isEmpty() || s.completion().isEmpty()) return List.of();
        return PatchEffects.of(podnet, s.completion().get(), options);
    }

    private static List<Diagnostic> missingFrom(Diagnostics these, Diagnostics others) {
        Set<String> known = new LinkedHashSet<>(others.lines());
        return these.all().stream().filter(d -> !known.contains(d.line())).toList();
    }

    private static List<DefaultChange> defaults(Optional<Completion> before, Optional<Completion> after) {
        Map<String, AppliedDefault> old = byPath(before);
        Map<String, AppliedDefault> now = byPath(after);
        List<DefaultChange> out = new ArrayList<>();
        now.forEach((path, d) -> {
            AppliedDefault o = old.get(path);
            if (o == null || !o.value().equals(d.value())) {
                out.add(DefaultChange.builder().path(path).before(Optional.ofNullable(o).map(AppliedDefault::value))
                        .after(d.value()).rule(d.rule()).reason(d.reason()).build());
            }
        });
        old.forEach((path, o) -> {
            if (!now.containsKey(path)) {
                out.add(DefaultChange.builder().path(path).before(o.value()).rule(o.rule()).reason(o.reason()).build());
            }
        });
        return out;
    }

    /** The last default applied to each path (a later rule may refine an earlier one). */
    private static Map<String, AppliedDefault> byPath(Optional<Completion> c) {
        Map<String, AppliedDefault> out = new LinkedHashMap<>();
        c.ifPresent(done -> done.applied().forEach(d -> out.put(d.path(), d)));
        return out;
    }
}
