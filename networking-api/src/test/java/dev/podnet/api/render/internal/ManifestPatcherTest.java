package dev.podnet.api.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.PodnetException;
import dev.podnet.api.render.ChannelEntry;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.PatchOperation;
import dev.podnet.api.render.PatchTarget;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which addons a patch reaches, what is re-packaged, and the refusals, with a stand-in packager. */
class ManifestPatcherTest {
    private static final PatchTarget DS = PatchTarget.of("DaemonSet", "kube-system", "weave-net");

    private static RenderedAddon addon(String id, List<Map<String, Object>> objects) {
        return RenderedAddon.builder().addonKey("networking.weave").templateId(id).version("1").yaml("y").manifestHash("h")
                .documents(objects)
                .channelEntry(ChannelEntry.builder().name("networking.weave").id(id).manifest("m").manifestHash("h").version("1")
                        .build())
                .build();
    }

    private static Map<String, Object> object(String kind, String namespace, String name) {
        Map<String, Object> metadata = namespace == null ? Map.of("name", name) : Map.of("name", name, "namespace", namespace);
        return Map.of("apiVersion", "v1", "kind", kind, "metadata", metadata, "spec", Map.of("x", 1));
    }

    @Test
    void aPatchReachesEveryAddonWithItsTargetAndOnlyThoseAreRepackaged() {
        // kops 1.18 renders one addon per Kubernetes range, each with the same objects
        RenderedAddon a = addon("k8s-1.9", List.of(object("DaemonSet", "kube-system", "weave-net")));
        RenderedAddon b = addon("k8s-1.12", List.of(object("DaemonSet", "kube-system", "weave-net"),
                object("ClusterRole", null, "weave-net")));
        RenderedAddon c = addon("k8s-1.16", List.of(object("ConfigMap", "kube-system", "other")));
        List<String> repackaged = new ArrayList<>();
        ManifestPatch p = ManifestPatch.jsonPatch(DS, PatchOperation.replace("/spec/x", 2));
        RenderResult out = ManifestPatcher.apply(RenderResult.builder().addAddons(a, b, c).build(), List.of(p),
                (addon, docs) -> {
                    repackaged.add(addon.templateId());
                    return RenderedAddon.builder().from(addon).documents(docs).manifestHash("new").build();
                });
        assertThat(repackaged).containsExactly("k8s-1.9", "k8s-1.12");
        assertThat(out.addons().get(0).manifest().get("DaemonSet", "weave-net").get("spec.x")).contains(2);
        assertThat(out.addons().get(1).manifest().get("ClusterRole", "weave-net").get("spec.x")).contains(1);
        assertThat(out.addons().get(1).appliedPatches()).containsExactly(p);
        assertThat(out.addons().get(2)).isSameAs(c);
        assertThat(a.manifest().get("DaemonSet", "weave-net").get("spec.x")).as("the rendered addon is untouched").contains(1);
    }

    @Test
    void namespaceMustMatchAndNodeLevelProvidersHaveNothingToPatch() {
        RenderResult r = RenderResult.builder()
                .addAddons(addon("k8s-1.12", List.of(object("ClusterRole", null, "weave-net")))).build();
        assertThatThrownBy(() -> ManifestPatcher.apply(r, List.of(ManifestPatch.mergePatch(
                PatchTarget.of("ClusterRole", "kube-system", "weave-net"), Map.of("a", 1))), (x, d) -> x))
                .isInstanceOf(PodnetException.class)
                .hasMessageContaining("no ClusterRole kube-system/weave-net in the rendered manifest; the rendered objects of that"
                        + " kind or name are [ClusterRole weave-net]");
        assertThatThrownBy(() -> ManifestPatcher.apply(RenderResult.builder().build(),
                List.of(ManifestPatch.mergePatch(DS, Map.of("a", 1))), (x, d) -> x))
                .hasMessageContaining("nothing was rendered as a manifest (a node-level provider)");
        assertThat(ManifestPatcher.apply(r, List.of(), (x, d) -> { throw new AssertionError("no patch, no repackaging"); }))
                .isSameAs(r);
    }

    @Test
    void patchesDescribeThemselves() {
        assertThat(ManifestPatch.jsonPatch(DS, PatchOperation.move("/a", "/b"), PatchOperation.remove("/c")).toString())
                .isEqualTo("JSON patch on DaemonSet kube-system/weave-net: [move /b from /a, remove /c]");
        assertThat(ManifestPatch.mergePatch(PatchTarget.clusterScoped("ClusterRole", "x"), Map.of("a", 1)).toString())
                .isEqualTo("merge patch on ClusterRole x: {a=1}");
        assertThatThrownBy(() -> ManifestPatch.jsonPatch(DS, List.of())).hasMessageContaining("at least one operation");
        assertThatThrownBy(() -> PatchTarget.of("DaemonSet", " ", "x")).hasMessageContaining("needs a namespace");
    }
}
