package dev.podnet.insight.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.PatchOperation;
import dev.podnet.api.render.PatchTarget;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.insight.Specs;
import dev.podnet.insight.explain.Explainer;
import dev.podnet.insight.explain.Explanation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each post-render patch changed, through the upgrade preview and explain. */
class PatchEffectsTest {
    private static final PatchTarget NODE = PatchTarget.of("DaemonSet", "kube-system", "calico-node");
    private static final PatchTarget CONTROLLERS = PatchTarget.of("Deployment", "kube-system", "calico-kube-controllers");
    private static final ManifestPatch PRIORITY = ManifestPatch.mergePatch(NODE,
            Map.of("spec", Map.of("template", Map.of("spec", Map.of("priorityClassName", "net-critical")))));
    private static final ManifestPatch REPLICAS = ManifestPatch.jsonPatch(CONTROLLERS, PatchOperation.replace("/spec/replicas", 2));
    private static final ManifestPatch LABEL = ManifestPatch.mergePatch(NODE, Map.of("metadata", Map.of("labels",
            Map.of("team", "net"))));

    private final Podnet kops130 = Podnet.forRelease("1.30");
    private final Cluster calico = Specs.aws("1.30.0", "calico: {}");

    @Test
    void eachPatchIsCreditedWithTheFieldsItChanged() {
        Completion done = kops130.complete(calico);
        List<PatchEffect> effects = PatchEffects.of(kops130, done, RenderOptions.builder()
                .addPatches(PRIORITY, REPLICAS, LABEL).build());

        assertThat(effects).extracting(PatchEffect::number).containsExactly(1, 2, 3);
        assertThat(effects.get(0).line()).isEqualTo("patch 1 (merge patch) on DaemonSet kube-system/calico-node in "
                + effects.get(0).manifest());
        assertThat(effects.get(0).manifest()).startsWith("networking.projectcalico.org/");
        assertThat(effects.get(0).fields()).containsExactly(FieldChange.of("spec.template.spec.priorityClassName",
                "system-node-critical", "net-critical"));
        assertThat(effects.get(1).line()).startsWith("patch 2 (JSON patch) on Deployment kube-system/calico-kube-controllers");
        assertThat(effects.get(1).fields()).containsExactly(FieldChange.of("spec.replicas", "1", "2"));
        // the third patch edits the first one's object again: only its own field is credited to it
        assertThat(effects.get(2).fields()).containsExactly(FieldChange.of("metadata.labels.team", null, "net"));
    }

    @Test
    void aPatchThatChangesNothingSaysSo() {
        Completion done = kops130.complete(calico);
        List<PatchEffect> effects = PatchEffects.of(kops130, done, RenderOptions.builder()
                .addPatches(ManifestPatch.jsonPatch(CONTROLLERS, PatchOperation.test("/spec/replicas", 1))).build());
        assertThat(effects).hasSize(1);
        assertThat(effects.get(0).fields()).isEmpty();
        assertThat(DiffText.patchLines(effects)).containsExactly(effects.get(0).line() + ": no field changed");
    }

    @Test
    void noPatchesNoEffects() {
        assertThat(PatchEffects.of(kops130, kops130.complete(calico), RenderOptions.builder().build())).isEmpty();
    }

    @Test
    void explainReportsThePatchEffects() {
        Explanation e = Explainer.create().explain(kops130, calico, RenderOptions.builder().addPatches(REPLICAS).build());
        assertThat(e.fields()).isNotEmpty();
        assertThat(e.patches()).hasSize(1);
        assertThat(e.patches().get(0).fields()).containsExactly(FieldChange.of("spec.replicas", "1", "2"));
        assertThat(Explainer.create().explain(kops130, calico).patches()).isEmpty();
    }

    @Test
    void theUpgradePreviewComparesPatchedObjectsAndShowsThePatchesOnce() {
        Podnet kops128 = Podnet.forRelease("1.28");
        Cluster c = Specs.aws("1.28.0", "calico: {}");
        UpgradeDiff d = UpgradePreview.of(c, kops128, kops130, List.of(PRIORITY, REPLICAS));

        assertThat(d.patchesFrom()).hasSize(2);
        assertThat(d.patchesTo()).isEqualTo(d.patchesFrom().stream()
                .map(e -> PatchEffect.builder().from(e).manifest(d.patchesTo().get(e.number() - 1).manifest()).build()).toList());
        // the patched fields are the same at both releases: not an object change
        assertThat(d.objects()).flatExtracting(ObjectChange::fields).extracting(FieldChange::path)
                .doesNotContain("spec.template.spec.priorityClassName", "spec.replicas");
        assertThat(d.toJson().replaceAll("\\s", "")).contains("\"patchesTo\":[{\"patch\":1,\"type\":\"mergePatch\",\"kind\":\"DaemonSet\"");
        String text = d.toText();
        assertThat(text).contains("    spec.replicas: 1 → 2");
        if (d.patchesFrom().equals(d.patchesTo())) assertThat(text).contains("Patches (the same at both releases):");
        else assertThat(text).contains("Patches at kops 1.28.0:", "Patches at kops 1.30.0:");
        assertThat(UpgradePreview.of(c, kops128, kops130).patchesTo()).isEmpty();
    }

    @Test
    void aPatchThatCannotApplyAtOneReleaseIsANoteForThatRelease() {
        Podnet kops128 = Podnet.forRelease("1.28");
        Cluster c = Specs.aws("1.28.0", "calico: {}");
        String image128 = kops128.render(kops128.complete(c)).addons().get(0).manifest().objects().stream()
                .filter(NODE::matches).findFirst().orElseThrow().container("calico-node").flatMap(x -> x.image()).orElseThrow();
        ManifestPatch onlyAt128 = ManifestPatch.jsonPatch(NODE,
                PatchOperation.test("/spec/template/spec/containers/0/image", image128));
        UpgradeDiff d = UpgradePreview.of(c, kops128, kops130, List.of(onlyAt128));
        Optional<String> image130 = kops130.render(kops130.complete(c)).addons().get(0).manifest().objects().stream()
                .filter(NODE::matches).findFirst().orElseThrow().container("calico-node").flatMap(x -> x.image());
        assertThat(image130).isPresent().isNotEqualTo(Optional.of(image128));
        assertThat(d.patchesFrom()).hasSize(1);
        assertThat(d.patchesTo()).isEmpty();
        assertThat(d.notes()).singleElement().asString().startsWith("kops 1.30.0 renders nothing: not renderable at kops 1.30.0: patch 1 (JSON patch on DaemonSet kube-system/calico-node)");
    }
}
