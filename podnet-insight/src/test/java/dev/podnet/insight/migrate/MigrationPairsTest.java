package dev.podnet.insight.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.VersionRange;
import dev.podnet.insight.Releases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every pair of providers every release offers: the spec {@code kops create cluster --networking X}
 * makes, migrated to every provider. Each plan is checked against what the facade makes of the old
 * and the new spec on its own; each refusal against the release's provider facts.
 */
class MigrationPairsTest {
    private static final Set<ProviderStatus> OFFERED = Set.of(ProviderStatus.SUPPORTED, ProviderStatus.DEPRECATED);

    @Test
    void everyPairOfProvidersEveryReleaseOffers() {
        int plans = 0;
        int refusedByFacts = 0;
        int refusedByValidation = 0;
        for (Podnet p : Releases.all()) {
            int plansHere = 0;
            for (ProviderInfo from : p.providers()) {
                if (!OFFERED.contains(from.status()) || from.networkingNames().isEmpty()) continue;
                java.util.Optional<Cluster> source = source(p, from);
                if (source.isEmpty()) continue; // pinned in everyOfferedProviderIsASource
                Cluster spec = source.get();
                Set<String> oldObjects = keys(applied(p, spec));
                boolean oldProxy = p.complete(spec).cluster().kubeProxy().flatMap(KubeProxy::enabled).orElse(true);
                for (ProviderInfo to : p.providers()) {
                    MigrationPlan plan = Migration.plan(spec, to.kind(), p);
                    String pair = p.release() + " " + from.kind().key() + " → " + to.kind().key();
                    assertThat(plan.to()).isEqualTo(to.kind());
                    if (!OFFERED.contains(to.status())) {
                        assertThat(plan.refusal()).as(pair).hasValueSatisfying(r -> assertThat(r)
                                .contains(to.kind().key()).containsAnyOf("not available at kops " + p.release(),
                                        "removed at kops " + p.release()));
                        refusedByFacts++;
                    } else if (to.kind() == from.kind()) {
                        assertThat(plan.refusal()).as(pair).hasValue("the cluster already uses " + to.kind().key());
                    } else if (plan.isRefused()) {
                        assertThat(plan.refusal().get()).as(pair).startsWith("the spec with " + to.kind().key() + " is not ").contains("at kops " + p.release() + ": ");
                        assertThat(plan.steps()).isEmpty();
                        refusedByValidation++;
                    } else {
                        checkPlan(pair, p, oldObjects, oldProxy, plan);
                        plans++;
                        plansHere++;
                    }
                }
            }
            assertThat(plansHere).as("migrations planned at kops %s", p.release()).isGreaterThan(0);
        }
        assertThat(plans).isGreaterThan(300);
        assertThat(refusedByFacts).isGreaterThan(50);
        assertThat(refusedByValidation).isGreaterThan(0);
    }

    /**
     * The sources {@link #everyPairOfProvidersEveryReleaseOffers} cannot start from, each with why
     * no spec of podnet's {@code create} is valid and renders at any Kubernetes line of the release:
     * every other provider a release offers is a source (and every provider a target).
     */
    private static final java.util.Map<String, String> NO_SOURCE = java.util.Map.ofEntries(
            // calico v3 at kops 1.18 needs an etcd 3 version create does not set
            java.util.Map.entry("1.18.0 calico", "etcd"));

    @Test
    void everyOfferedProviderIsASource() {
        List<String> skipped = new java.util.ArrayList<>();
        for (Podnet p : Releases.all()) {
            for (ProviderInfo from : p.providers()) {
                if (!OFFERED.contains(from.status())) continue;
                if (source(p, from).isEmpty()) skipped.add(p.release() + " " + from.kind().key());
            }
        }
        assertThat(skipped).containsExactlyInAnyOrderElementsOf(NO_SOURCE.keySet());
    }

    /**
     * The spec {@code kops create cluster --networking X} makes at the newest Kubernetes line the
     * release accepts at which it is valid and renders (canal, flannel and kube-router are refused on
     * the newest lines of later releases); empty when there is none.
     */
    private static java.util.Optional<Cluster> source(Podnet p, ProviderInfo from) {
        if (from.networkingNames().isEmpty()) return java.util.Optional.empty();
        var range = p.kubernetesVersions();
        int oldest = range.from().map(v -> v.minor()).orElse(0);
        for (int minor = range.until().orElseThrow().minor() - 1; minor >= oldest; minor--) {
            try {
                Cluster c = created(p, from, "1." + minor + ".0");
                if (valid(p, c)) return java.util.Optional.of(c);
            } catch (dev.podnet.api.PodnetException e) {
                // create refuses this Kubernetes line for the provider: try the next older one
            }
        }
        return java.util.Optional.empty();
    }

    private static void checkPlan(String pair, Podnet p, Set<String> before, boolean proxyBefore, MigrationPlan plan) {
        Cluster spec = plan.spec().orElseThrow();
        assertThat(spec.networking().providerKind()).as(pair).contains(plan.to());
        Completion done = p.complete(spec);
        assertThat(p.validate(done).errors()).as(pair).isEmpty();
        // the new manifest is what kops renders for the new spec
        List<RenderedAddon> rendered = applied(p, spec);
        assertThat(hashes(plan.addons())).as(pair).isEqualTo(hashes(rendered));
        // the deletions are exactly the old objects the new manifest lacks
        Set<String> after = keys(rendered);
        Set<String> deleted = plan.deletions().stream().map(d -> d.kind() + "/" + d.namespace().orElse("") + "/" + d.name())
                .collect(Collectors.toSet());
        Set<String> leftBehind = before.stream().filter(k -> !after.contains(k)).collect(Collectors.toSet());
        assertThat(deleted).as(pair).isEqualTo(leftBehind);
        // order: apply first, workloads deleted before the roll, the rest after it
        List<Step> steps = plan.steps();
        assertThat(steps.get(0).kind()).isEqualTo(StepKind.APPLY);
        int roll = index(steps, StepKind.ROLL_NODES);
        assertThat(roll).as(pair).isGreaterThan(index(steps, StepKind.APPLY));
        for (Step s : steps) {
            assertThat(s.number()).isEqualTo(steps.indexOf(s) + 1);
            if (s.kind() == StepKind.DELETE) {
                boolean workloads = s.commands().stream().anyMatch(c -> c.contains(" daemonset.apps ") || c.contains(" deployment.apps "));
                assertThat(steps.indexOf(s) < roll).as(pair + ": " + s.description()).isEqualTo(workloads);
            }
        }
        assertThat(steps.stream().filter(s -> s.kind() == StepKind.DELETE).mapToInt(s -> s.commands().size()).sum())
                .isEqualTo(plan.deletions().size());
        // risks
        assertThat(plan.risks()).as(pair).anyMatch(r -> r.kind() == RiskKind.DISRUPTION);
        boolean proxyAfter = done.cluster().kubeProxy().flatMap(KubeProxy::enabled).orElse(true);
        assertThat(plan.risks().stream().anyMatch(r -> r.kind() == RiskKind.KUBE_PROXY)).as(pair).isEqualTo(proxyBefore != proxyAfter);
        // JSON for tools
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(plan.toJson());
        assertThat(json.get("to")).isEqualTo(plan.to().key());
        assertThat((List<?>) json.get("deletions")).hasSize(plan.deletions().size());
        assertThat((List<?>) json.get("steps")).hasSize(steps.size());
    }

    private static int index(List<Step> steps, StepKind kind) {
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).kind() == kind) return i;
        return -1;
    }

    private static Cluster created(Podnet p, ProviderInfo from, String kubernetes) {
        boolean gce = from.kind() == ProviderKind.GCP;
        return p.create(CreateOptions.builder().networking(from.networkingNames().get(0))
                .kubernetesVersion(kubernetes).cloud(gce ? Cloud.GCE : Cloud.AWS)
                .addZones(gce ? "us-central1-a" : "us-east-1a").project("testproject").build());
    }

    /** Whether the release completes, validates and renders the spec (podnet has no data for a few pairs). */
    private static boolean valid(Podnet p, Cluster c) {
        if (p.validate(c, ValidationMode.LENIENT).hasErrors() || p.validate(p.complete(c)).hasErrors()) return false;
        try {
            p.render(c);
            return true;
        } catch (dev.podnet.api.PodnetException e) {
            return false;
        }
    }

    private static List<RenderedAddon> applied(Podnet p, Cluster c) {
        var k8s = p.complete(c).cluster().kubernetes().orElseThrow();
        return p.render(c).addons().stream().filter(a -> a.channelEntry().kubernetesVersion()
                .map(r -> VersionRange.parse(r).contains(k8s)).orElse(true)).toList();
    }

    private static List<String> hashes(List<RenderedAddon> addons) {
        return addons.stream().map(RenderedAddon::manifestHash).toList();
    }

    private static Set<String> keys(List<RenderedAddon> addons) {
        return addons.stream().flatMap(a -> a.manifest().objects().stream())
                .map((ObjectView o) -> o.kind() + "/" + o.namespace().orElse("") + "/" + o.name()).collect(Collectors.toSet());
    }
}
