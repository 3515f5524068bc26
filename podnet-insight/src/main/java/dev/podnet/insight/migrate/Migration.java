package dev.podnet.insight.migrate;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.insight.diff.PatchEffects;
import dev.podnet.insight.internal.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans the switch of a cluster to another networking provider at one release: the spec with the
 * provider switched, what kops renders for it (with the caller's post-render patches, if any), the
 * old provider's objects that nothing in kops' new bootstrap channel names or prunes, the steps and
 * the risks. What the plan says of kops' channel is pinned by tests against kops' own output
 * ({@code kops-channel-facts.tsv} beside the tests).
 *
 * <pre>{@code
 * MigrationPlan p = Migration.plan(cluster, ProviderKind.CILIUM, Podnet.forRelease("1.30"));
 * if (p.isRefused()) System.err.println(p.refusal().get());
 * else p.deletions().forEach(d -> System.out.println(d.deleteCommand()));
 * }</pre>
 */
public final class Migration {
    /** Workloads go first (so the old agent stops), custom resource definitions last. */
    private static final List<String> DELETE_FIRST = List.of("DaemonSet", "Deployment", "StatefulSet", "Job", "CronJob");

    private Migration() {
    }

    /**
     * The plan, or a refusal when the target is not available at {@code podnet}'s release, the
     * cluster already uses it, or the current or the new spec is not valid at that release.
     *
     * @param cluster the spec as the user writes it
     * @param target  the provider to switch to
     * @param podnet  the release's facade (its cache is used)
     * @return the plan, or a plan whose {@link MigrationPlan#refusal()} says why there is none
     */
    public static MigrationPlan plan(Cluster cluster, ProviderKind target, Podnet podnet) {
        return plan(cluster, target, podnet, List.of());
    }

    /**
     * As {@link #plan(Cluster, ProviderKind, Podnet)}, with post-render patches applied to the new
     * manifest (as {@code podnet render --patch} applies them): the plan's addons and their
     * manifestHash are the patched ones, {@link MigrationPlan#patches()} says what each patch
     * changed, and a patch that cannot apply to the new manifest (its target is not there, an
     * operation fails) is a refusal. The old manifest is taken as kops renders it.
     *
     * @param cluster the spec as the user writes it
     * @param target  the provider to switch to
     * @param podnet  the release's facade (its cache is used)
     * @param patches the patches of the new manifest, applied in order; none for kops' own manifest
     * @return the plan, or a plan whose {@link MigrationPlan#refusal()} says why there is none
     */
    public static MigrationPlan plan(Cluster cluster, ProviderKind target, Podnet podnet, List<ManifestPatch> patches) {
        return plan(cluster, target, podnet, RenderOptions.builder().patches(patches).build());
    }

    /**
     * As {@link #plan(Cluster, ProviderKind, Podnet, List)}, with the options' patches applied to the new manifest and
     * their {@linkplain RenderOptions#awsAccount() AWS account} given to both renders (a render that needs one the
     * options lack is a refusal).
     *
     * @param cluster the spec as the user writes it
     * @param target  the provider to switch to
     * @param podnet  the release's facade (its cache is used)
     * @param options the patches of the new manifest and the AWS account
     * @return the plan, or a plan whose {@link MigrationPlan#refusal()} says why there is none
     */
    public static MigrationPlan plan(Cluster cluster, ProviderKind target, Podnet podnet, RenderOptions options) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        MigrationPlan.Builder b = MigrationPlan.builder().release(podnet.release()).cluster(cluster.name()).to(target);
        Optional<String> unavailable = unavailable(podnet, target);
        if (unavailable.isPresent()) return b.refusal(unavailable.get()).build();
        // the old manifest as kops renders it: no patches, the same account
        Snapshot old = Snapshot.of(podnet, cluster, RenderOptions.builder().awsAccount(options.awsAccount()).build());
        if (old.refusal().isPresent()) return b.refusal("the current spec is " + old.refusal().get()).build();
        ProviderKind from = old.completion().orElseThrow().cluster().networking().providerKind().orElse(null);
        b.from(Optional.ofNullable(from));
        if (from == null) return b.refusal("the current spec selects no provider").build();
        if (from == target) return b.refusal("the cluster already uses " + target.key()).build();
        NewSpec spec = NewSpec.of(cluster, from, target);
        Snapshot now = Snapshot.of(podnet, spec.cluster(), options);
        if (now.refusal().isPresent()) {
            return b.refusal("the spec with " + target.key() + " is " + now.refusal().get()).build();
        }
        List<ObjectRef> deletions = deletions(old, now);
        b.spec(spec.cluster()).edits(spec.edits()).addons(now.appliedAddons()).deletions(deletions)
                .patches(PatchEffects.of(podnet, now.completion().orElseThrow(), options));
        b.risks(Risks.of(podnet, from, target, old, now, spec));
        List<String> oldAddons = old.appliedAddons().stream().map(a -> a.addonKey()).distinct().toList();
        b.steps(Steps.of(cluster.name(), from, target, deletions, oldAddons, now.appliedAddons()));
        return b.build();
    }

    /** Why {@code target} cannot be chosen at this release, from the release's provider facts. */
    private static Optional<String> unavailable(Podnet podnet, ProviderKind target) {
        Optional<ProviderInfo> info = podnet.providers().stream().filter(p -> p.kind() == target).findFirst();
        ProviderStatus status = info.map(ProviderInfo::status).orElse(ProviderStatus.UNAVAILABLE);
        if (status != ProviderStatus.UNAVAILABLE && status != ProviderStatus.REMOVED) return Optional.empty();
        return Optional.of(target.key() + " is " + (status == ProviderStatus.REMOVED ? "removed" : "not available")
                + " at kops " + podnet.release() + info.flatMap(ProviderInfo::note).map(n -> ": " + n).orElse(""));
    }

    /** The old objects the new manifest does not have, workloads first and definitions last. */
    private static List<ObjectRef> deletions(Snapshot old, Snapshot now) {
        Map<String, Snapshot.Placed> kept = now.objects();
        List<ObjectRef> out = new ArrayList<>();
        old.objects().forEach((key, p) -> {
            if (!kept.containsKey(key)) {
                out.add(ObjectRef.builder().addon(p.addon()).apiVersion(p.object().apiVersion()).kind(p.object().kind())
                        .namespace(p.object().namespace()).name(p.object().name()).build());
            }
        });
        out.sort(Comparator.comparingInt(Migration::deleteRank));
        return List.copyOf(out);
    }

    static int deleteRank(ObjectRef r) {
        if (DELETE_FIRST.contains(r.kind())) return 0;
        return r.kind().equals("CustomResourceDefinition") ? 2 : 1;
    }

    static boolean isWorkload(ObjectRef r) {
        return deleteRank(r) == 0;
    }
}
