package dev.podnet.insight.internal;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.PodnetException;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.api.version.VersionRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One spec as one release sees it, the way {@code podnet render} gets there: lenient validation of
 * the input, completion, strict validation, rendering. When a step refuses, {@link #refusal()} says
 * why and the later parts are empty.
 *
 * @param completion the completed spec, empty if completion refused
 * @param findings   input (lenient) and completed-spec (strict) findings
 * @param render     the rendering, empty when the spec is invalid at this release
 * @param refusal    why there is no rendering
 */
public record Snapshot(Optional<Completion> completion, Diagnostics findings, Optional<RenderResult> render,
        Optional<String> refusal) {

    /** Completes, validates and renders {@code cluster} with {@code podnet}'s release. */
    public static Snapshot of(Podnet podnet, Cluster cluster) {
        return of(podnet, cluster, RenderOptions.of(RenderStyle.KOPS));
    }

    /**
     * Completes, validates and renders {@code cluster} with {@code podnet}'s release and
     * {@code options} (a patch that cannot apply at this release is a refusal).
     */
    public static Snapshot of(Podnet podnet, Cluster cluster, RenderOptions options) {
        Diagnostics input = podnet.validate(cluster, ValidationMode.LENIENT);
        if (input.hasErrors()) return new Snapshot(Optional.empty(), input, Optional.empty(), refusal(podnet, input));
        Completion done;
        try {
            done = podnet.complete(cluster);
        } catch (PodnetException e) {
            return new Snapshot(Optional.empty(), input, Optional.empty(), refusal(podnet, e));
        }
        Diagnostics strict = podnet.validate(done);
        Diagnostics all = input.plus(strict);
        if (strict.hasErrors()) return new Snapshot(Optional.of(done), all, Optional.empty(), refusal(podnet, strict));
        try {
            return new Snapshot(Optional.of(done), all, Optional.of(podnet.render(done, options)), Optional.empty());
        } catch (PodnetException e) {
            return new Snapshot(Optional.of(done), all, Optional.empty(), refusal(podnet, e));
        }
    }

    private static Optional<String> refusal(Podnet podnet, PodnetException e) {
        return Optional.of("not renderable at kops " + podnet.release() + ": " + e.getMessage());
    }

    private static Optional<String> refusal(Podnet podnet, Diagnostics errors) {
        return Optional.of("not valid at kops " + podnet.release() + ": " + String.join("; ",
                errors.errors().stream().map(d -> d.line()).toList()));
    }

    /**
     * The addons channels applies to this cluster: kops before 1.20 renders one addon per Kubernetes
     * range and channels applies the one whose {@code kubernetesVersion} holds the cluster's version.
     */
    public List<RenderedAddon> appliedAddons() {
        if (render.isEmpty()) return List.of();
        Optional<KubernetesVersion> k8s = completion.flatMap(c -> c.cluster().kubernetes());
        return render.get().addons().stream()
                .filter(a -> k8s.isEmpty() || a.channelEntry().kubernetesVersion()
                        .map(r -> VersionRange.parse(r).contains(k8s.get())).orElse(true))
                .toList();
    }

    /** Every applied object by {@link #key(ObjectView)}, in manifest order, with its addon key. */
    public Map<String, Placed> objects() {
        Map<String, Placed> out = new LinkedHashMap<>();
        for (RenderedAddon a : appliedAddons()) {
            for (ObjectView o : a.manifest().objects()) out.putIfAbsent(key(o), new Placed(a.addonKey(), o));
        }
        return out;
    }

    /** An object's identity across releases and providers: kind, namespace, name. */
    public static String key(ObjectView o) {
        return o.kind() + "/" + o.namespace().orElse("") + "/" + o.name();
    }

    /**
     * An object and the addon it belongs to.
     *
     * @param addon  the addon key
     * @param object the object
     */
    public record Placed(String addon, ObjectView object) {
    }
}
