package dev.podnet.insight.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.PatchTarget;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.insight.diff.FieldChange;
import java.util.List;
import java.util.Map;
import dev.podnet.insight.Specs;
import org.junit.jupiter.api.Test;

/** Provider-specific requirements of a migration, one case each. */
class MigrationTest {
    private static final Podnet KOPS_130 = Podnet.forRelease("1.30");

    @Test
    void calicoToCiliumDeletesCalicoWorkloadsBeforeTheRollAndItsDefinitionsLast() {
        MigrationPlan p = Migration.plan(Specs.aws("1.30.0", "calico: {}"), ProviderKind.CILIUM, KOPS_130);
        assertThat(p.refusal()).isEmpty();
        assertThat(p.from()).contains(ProviderKind.CALICO);
        assertThat(p.deletions()).extracting(ObjectRef::ref)
                .contains("DaemonSet kube-system/calico-node", "Deployment kube-system/calico-kube-controllers",
                        "CustomResourceDefinition ippools.crd.projectcalico.org");
        assertThat(p.deletions().get(0).kind()).isIn("DaemonSet", "Deployment");
        assertThat(p.deletions().get(p.deletions().size() - 1).kind()).isEqualTo("CustomResourceDefinition");
        assertThat(p.deletions()).noneMatch(d -> d.name().startsWith("cilium"));
        assertThat(p.addons()).singleElement().satisfies(a -> assertThat(a.addonKey()).isEqualTo("networking.cilium.io"));
        assertThat(p.steps()).extracting(Step::kind).containsExactly(StepKind.APPLY, StepKind.APPLY, StepKind.DELETE,
                StepKind.ROLL_NODES, StepKind.DELETE, StepKind.VERIFY);
        // calico → cilium: both enforce NetworkPolicy, the pod range and kube-proxy stay
        assertThat(p.risks()).extracting(Risk::kind).containsExactly(RiskKind.DISRUPTION);
    }

    @Test
    void mtuIsCarriedWhereTheTargetHasItAndReportedWhereItDoesNot() {
        Cluster c = Specs.aws("1.26.0", "calico:\n  mtu: 8981\n  wireguardEnabled: true");
        Podnet kops126 = Podnet.forRelease("1.26");
        MigrationPlan canal = Migration.plan(c, ProviderKind.CANAL, kops126);
        assertThat(canal.refusal()).isEmpty();
        assertThat(canal.spec().orElseThrow().networking().provider(CanalSpec.class).flatMap(CanalSpec::mtu)).contains(8981);
        assertThat(canal.risks()).anyMatch(r -> r.kind() == RiskKind.MISSING_FEATURE
                && r.description().contains("spec.networking.calico.wireguardEnabled=true"));
        MigrationPlan cilium = Migration.plan(c, ProviderKind.CILIUM, kops126);
        assertThat(cilium.risks()).filteredOn(r -> r.kind() == RiskKind.MISSING_FEATURE).extracting(Risk::description)
                .anyMatch(d -> d.contains("spec.networking.calico.mtu=8981"))
                .anyMatch(d -> d.contains("spec.networking.calico.wireguardEnabled=true"));
    }

    @Test
    void kubeRouterGetsKubeProxyDisabledAndLeavingCiliumsReplacementBringsItBack() {
        MigrationPlan router = Migration.plan(Specs.aws("1.30.0", "calico: {}"), ProviderKind.KUBE_ROUTER, KOPS_130);
        assertThat(router.refusal()).isEmpty();
        assertThat(router.spec().orElseThrow().kubeProxy().flatMap(KubeProxy::enabled)).contains(false);
        assertThat(router.risks()).anyMatch(r -> r.kind() == RiskKind.KUBE_PROXY && r.description().startsWith("kube-proxy stops"));

        Cluster noProxy = ClusterYaml.read(ClusterYaml.write(Specs.aws("1.30.0", "cilium:\n  enableNodePort: true"))
                .replace("spec:\n", "spec:\n  kubeProxy:\n    enabled: false\n"));
        MigrationPlan calico = Migration.plan(noProxy, ProviderKind.CALICO, KOPS_130);
        assertThat(calico.refusal()).isEmpty();
        assertThat(calico.spec().orElseThrow().kubeProxy().flatMap(KubeProxy::enabled)).isEmpty();
        assertThat(calico.edits()).anyMatch(e -> e.path().equals("spec.kubeProxy.enabled") && e.after().isEmpty());
        assertThat(calico.risks()).anyMatch(r -> r.kind() == RiskKind.KUBE_PROXY && r.description().startsWith("kube-proxy runs again"));
    }

    @Test
    void leavingTheVpcCniDropsItsPodRangeAndSaysSo() {
        Cluster vpc = ClusterYaml.read(ClusterYaml.write(Specs.aws("1.30.0", "amazonvpc: {}"))
                .replace("  networkCIDR: 172.20.0.0/16\n", "  networkCIDR: 172.20.0.0/16\n  nonMasqueradeCIDR: 172.20.0.0/16\n"));
        assertThat(vpc.networking().nonMasqueradeCIDR()).contains("172.20.0.0/16");
        MigrationPlan p = Migration.plan(vpc, ProviderKind.CILIUM, KOPS_130);
        assertThat(p.refusal()).isEmpty();
        assertThat(p.spec().orElseThrow().networking().nonMasqueradeCIDR()).isEmpty();
        assertThat(p.edits()).anyMatch(e -> e.path().equals("spec.networking.nonMasqueradeCIDR"));
        assertThat(p.risks()).anyMatch(r -> r.kind() == RiskKind.POD_CIDR && r.description().contains("instead of the VPC"));
        assertThat(p.deletions()).anyMatch(d -> d.ref().equals("DaemonSet kube-system/aws-node"));
    }

    @Test
    void patchesApplyToTheNewManifestAndItsHash() {
        Cluster calico = Specs.aws("1.30.0", "calico: {}");
        ManifestPatch label = ManifestPatch.mergePatch(PatchTarget.of("DaemonSet", "kube-system", "cilium"),
                Map.of("metadata", Map.of("labels", Map.of("team", "net"))));
        MigrationPlan plain = Migration.plan(calico, ProviderKind.CILIUM, KOPS_130);
        MigrationPlan patched = Migration.plan(calico, ProviderKind.CILIUM, KOPS_130, List.of(label));
        assertThat(patched.refusal()).isEmpty();
        assertThat(plain.patches()).isEmpty();
        RenderedAddon addon = patched.addons().get(0);
        assertThat(addon.manifestHash()).isNotEqualTo(plain.addons().get(0).manifestHash());
        assertThat(addon.appliedPatches()).containsExactly(label);
        assertThat(addon.manifestHash()).isEqualTo(KOPS_130.render(patched.spec().orElseThrow(),
                RenderOptions.builder().addPatches(label).build()).addons().get(0).manifestHash());
        assertThat(patched.patches()).singleElement().satisfies(e -> assertThat(e.fields())
                .containsExactly(FieldChange.of("metadata.labels.team", null, "net")));
        assertThat(patched.deletions()).isEqualTo(plain.deletions());
        assertThat(patched.toText()).contains("Patches applied to the new manifest:");
        // a patch of the old provider's objects has no target in the new manifest
        MigrationPlan refused = Migration.plan(calico, ProviderKind.CILIUM, KOPS_130, List.of(ManifestPatch.mergePatch(
                PatchTarget.of("DaemonSet", "kube-system", "calico-node"), Map.of("metadata", Map.of("labels", Map.of("a", "b"))))));
        assertThat(refused.refusal()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("the spec with cilium is not renderable at kops 1.30.0: patch 1 (merge patch on DaemonSet kube-system/calico-node)"));
    }

    @Test
    void refusals() {
        Cluster calico = Specs.aws("1.30.0", "calico: {}");
        assertThat(Migration.plan(calico, ProviderKind.KINDNET, KOPS_130).refusal())
                .hasValue("kindnet is not available at kops 1.30.0");
        assertThat(Migration.plan(calico, ProviderKind.WEAVE, KOPS_130).refusal()).hasValueSatisfying(r ->
                assertThat(r).startsWith("weave is removed at kops 1.30.0"));
        assertThat(Migration.plan(calico, ProviderKind.CALICO, KOPS_130).refusal()).hasValue("the cluster already uses calico");
        // the release offers gce networking, but only on GCE: the new spec is what kops refuses
        assertThat(Migration.plan(calico, ProviderKind.GCP, KOPS_130).refusal()).hasValueSatisfying(r ->
                assertThat(r).startsWith("the spec with gce is not valid at kops 1.30.0: spec.networking.gcp: Forbidden"));
        MigrationPlan refused = Migration.plan(calico, ProviderKind.KINDNET, KOPS_130);
        assertThat(refused.toText()).contains("Refused: kindnet is not available");
        assertThat(refused.steps()).isEmpty();
        assertThat(refused.spec()).isEmpty();
    }
}
