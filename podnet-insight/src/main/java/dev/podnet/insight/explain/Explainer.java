package dev.podnet.insight.explain;

import dev.podnet.Podnet;
import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.insight.diff.PatchEffects;
import dev.podnet.insight.internal.NetworkingTree;
import dev.podnet.insight.internal.Releases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a completed spec field by field (who set each value, and which rule) and describes a
 * field (its documentation and its default at each release). Holds the field documentation; one
 * instance serves any number of calls.
 */
public final class Explainer {
    /** Places that are objects without an entry of their own: the provider block and component blocks. */
    private static final Set<String> CONTAINERS = Set.of("spec.networking", "spec.kubeProxy", "spec.kubeControllerManager",
            "spec.kubeDNS", "spec.egressProxy.httpProxy", "spec.topology.dns");

    private final FieldDocs docs;

    /**
     * An explainer over the given documentation.
     *
     * @param docs the field documentation
     */
    public Explainer(FieldDocs docs) {
        this.docs = Objects.requireNonNull(docs, "docs");
    }

    /**
     * An explainer over podnet's field documentation.
     *
     * @return the explainer
     */
    public static Explainer create() { return new Explainer(FieldDocs.load()); }

    /**
     * The field documentation.
     *
     * @return the field documentation table
     */
    public FieldDocs docs() { return docs; }

    /**
     * Completes {@code input} with {@code podnet}'s release and explains the result.
     *
     * @param podnet the facade whose release completes the spec
     * @param input the spec as the user wrote it
     * @return every value of the completed spec with its origin
     */
    public Explanation explain(Podnet podnet, Cluster input) {
        return explain(input, podnet.complete(input));
    }

    /**
     * Completes {@code input} with {@code podnet}'s release, explains the result and tells what each
     * of {@code options}' post-render patches changes in the manifest ({@link Explanation#patches()}).
     *
     * @param podnet the facade whose release completes and renders the spec
     * @param input the spec as the user wrote it
     * @param options the render style and the patches
     * @return every value of the completed spec with its origin, and each patch's effect
     * @throws dev.podnet.api.PodnetException if the spec cannot be rendered or a patch cannot apply
     */
    public Explanation explain(Podnet podnet, Cluster input, RenderOptions options) {
        Completion done = podnet.complete(input);
        return Explanation.builder().from(explain(input, done)).patches(PatchEffects.of(podnet, done, options)).build();
    }

    /**
     * Explains {@code completion}, the completion of {@code input}.
     *
     * @param input the spec as the user wrote it
     * @param completion its completion
     * @return every value of the completed spec with its origin
     */
    public Explanation explain(Cluster input, Completion completion) {
        Map<String, Object> given = NetworkingTree.leaves(input, this::descend);
        Map<String, AppliedDefault> applied = new LinkedHashMap<>();
        for (AppliedDefault a : completion.applied()) applied.put(a.path(), a);
        List<FieldOrigin> out = new ArrayList<>();
        for (Map.Entry<String, Object> leaf : NetworkingTree.leaves(completion.cluster(), this::descend).entrySet()) {
            String path = leaf.getKey();
            if (docs.find(path).isEmpty() && !path.startsWith("spec.networking.")) continue;
            FieldOrigin.Builder b = FieldOrigin.builder().path(path).value(NetworkingTree.inline(leaf.getValue()));
            Optional<AppliedDefault> rule = ruleFor(path, applied);
            if (given.containsKey(path) && Objects.equals(given.get(path), leaf.getValue())) {
                b.source(ValueSource.USER);
            } else if (rule.isPresent()) {
                b.source(ValueSource.DEFAULT).rule(rule.get().rule()).reason(rule.get().reason());
                rule.get().releases().ifPresent(b::releases);
            } else {
                b.source(ValueSource.COMPLETION);
            }
            out.add(b.build());
        }
        for (AppliedDefault a : applied.values()) {
            if (a.value().equals("(removed)")) {
                out.add(FieldOrigin.builder().path(a.path()).value(a.value()).source(ValueSource.DEFAULT).rule(a.rule())
                        .reason(a.reason()).releases(a.releases()).build());
            }
        }
        return Explanation.builder().release(completion.release()).fields(out).build();
    }

    /**
     * The default recorded for the path itself or, failing that, for the nearest object holding it;
     * failing both, a removal inside the value (completion dropped part of what the user wrote).
     */
    private static Optional<AppliedDefault> ruleFor(String path, Map<String, AppliedDefault> applied) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            AppliedDefault a = applied.get(p);
            if (a != null && !a.value().equals("(removed)")) return Optional.of(a);
        }
        return applied.values().stream().filter(a -> a.value().equals("(removed)") && a.path().startsWith(path + "."))
                .findFirst();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private boolean descend(String path) {
        if (CONTAINERS.contains(path)) return true;
        String c = FieldDocs.canonical(path);
        if (c.startsWith("spec.networking.") && c.indexOf('.', "spec.networking.".length()) < 0) {
            return ProviderKind.byKey(c.substring("spec.networking.".length())).isPresent();
        }
        if (c.endsWith("[]")) return docs.find(c.substring(0, c.length() - 2)).filter(d -> d.type().equals("objects")).isPresent();
        return docs.find(c).filter(d -> d.type().equals("object")).isPresent();
    }

    /**
     * Documents one field: its entry and its default at every known release for the reference
     * cluster of that release.
     *
     * @param path a field path
     * @return the field's documentation, defaults by release and rules
     * @throws IllegalArgumentException if no model field has that path
     */
    public FieldDescription describe(String path) {
        FieldDoc doc = docs.find(path).orElseThrow(() -> new IllegalArgumentException("no networking field " + path
                + " (fields are named as in v1alpha2, e.g. spec.networking.calico.mtu or spec.subnets[].cidr)"));
        Optional<ProviderKind> kind = providerOf(doc.path());
        List<ReleaseDefault> defaults = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>(doc.rules());
        for (KopsVersion release : Releases.known()) {
            Podnet podnet = Podnet.forRelease(release);
            Optional<Cluster> reference = Releases.reference(podnet, kind);
            if (reference.isEmpty()) continue;
            ReleaseDefault.Builder b = ReleaseDefault.builder().release(release);
            try {
                for (AppliedDefault a : podnet.complete(reference.get()).applied()) {
                    if (FieldDocs.canonical(a.path()).equals(doc.path())) {
                        b.value(a.value()).rule(a.rule());
                        rules.add(a.rule());
                    }
                }
            } catch (RuntimeException refused) {
                continue; // the release cannot complete its own reference cluster: no default to report
            }
            defaults.add(b.build());
        }
        return FieldDescription.builder().doc(doc).defaults(defaults).rules(rules).build();
    }

    static Optional<ProviderKind> providerOf(String canonicalPath) {
        if (!canonicalPath.startsWith("spec.networking.")) return Optional.empty();
        String rest = canonicalPath.substring("spec.networking.".length());
        int dot = rest.indexOf('.');
        return ProviderKind.byKey(dot < 0 ? rest : rest.substring(0, dot));
    }
}
