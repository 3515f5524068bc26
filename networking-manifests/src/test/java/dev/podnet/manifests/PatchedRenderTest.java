package dev.podnet.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.PodnetException;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.PatchOperation;
import dev.podnet.api.render.PatchTarget;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.testkit.PodnetAssertions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Post-render patches through the facade: applied to the packaged objects, the text and
 * manifestHash (and the channel entry's hash) of the patched result, the patches listed on the
 * addon, and refusals that name the patch and what is there instead.
 */
class PatchedRenderTest {
    private static final PatchTarget NODE = PatchTarget.of("DaemonSet", "kube-system", "calico-node");
    private static final PatchTarget CONTROLLERS = PatchTarget.of("Deployment", "kube-system", "calico-kube-controllers");

    private final Podnet kops = Podnet.forRelease("1.30");

    private static Cluster calico(String kubernetes) {
        // iam: {} as kops' test clusters carry it (kops 1.19-1.22 refuse a spec without one as legacy IAM)
        return Cluster.builder().name("patched.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS).putExtraSpec("iam", Map.of())
                .networking(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16")
                        .subnets(List.of(Subnet.builder().name("us-east-1a").zone("us-east-1a").cidr("172.20.32.0/19")
                                .type("Public").build())).build()).build();
    }

    private RenderedAddon render(ManifestPatch... patches) {
        return kops.render(calico("1.30.2"), RenderOptions.builder().addPatches(patches).build()).addons().get(0);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void patchesChangeTheObjectsTheTextAndTheHash() throws Exception {
        ManifestPatch merge = ManifestPatch.mergePatch(NODE, Map.of(
                "metadata", Map.of("labels", Map.of("team", "network")),
                "spec", Map.of("template", Map.of("spec", Map.of("priorityClassName", "cluster-critical")))));
        ManifestPatch json = ManifestPatch.jsonPatch(CONTROLLERS,
                PatchOperation.test("/spec/replicas", 1),
                PatchOperation.replace("/spec/replicas", 2),
                PatchOperation.add("/spec/template/spec/containers/0/env/-", Map.of("name", "LOG_LEVEL", "value", "debug")));
        RenderedAddon plain = render();
        RenderedAddon patched = render(merge, json);

        PodnetAssertions.assertThat(patched).daemonSet("calico-node").hasLabel("team", "network")
                .hasValue("spec.template.spec.priorityClassName", "cluster-critical")
                // kops' packaging labels stay: the patch merges into the packaged object
                .hasLabel("addon.kops.k8s.io/name", "networking.projectcalico.org");
        PodnetAssertions.assertThat(patched).deployment("calico-kube-controllers").hasValue("spec.replicas", 2)
                .container("calico-kube-controllers").hasEnv("LOG_LEVEL", "debug");
        assertThat(patched.yaml()).contains("priorityClassName: cluster-critical").contains("team: network");
        assertThat(patched.manifestHash()).isEqualTo(sha256(patched.yaml().strip()))
                .isEqualTo(patched.channelEntry().manifestHash())
                .isNotEqualTo(plain.manifestHash());
        assertThat(patched.appliedPatches()).containsExactly(merge, json);
        assertThat(plain.appliedPatches()).isEmpty();
        assertThat(patched.manifest().objects()).hasSameSizeAs(plain.manifest().objects());
    }

    @Test
    void noPatchesRenderExactlyAsBeforeAndRepackagingAnUnpatchedAddonChangesNothing() {
        RenderedAddon viaOptions = kops.render(calico("1.30.2"), RenderOptions.of(RenderStyle.KOPS)).addons().get(0);
        RenderedAddon plain = kops.render(calico("1.30.2")).addons().get(0);
        assertThat(viaOptions).isEqualTo(plain);
        RenderingEngine engine = TestRendering.engine(0);
        for (String release : List.of("1.21.0", "1.30.0")) {
            KopsVersion r = KopsVersion.of(release);
            RenderedAddon a = Podnet.forRelease(release).render(calico(release.equals("1.21.0") ? "1.21.4" : "1.30.2"))
                    .addons().get(0);
            RenderedAddon again = engine.repackage(a, a.documents(), r);
            assertThat(again.yaml()).isEqualTo(a.yaml());
            assertThat(again.manifestHash()).isEqualTo(a.manifestHash()).hasSize(release.equals("1.21.0") ? 40 : 64);
            assertThat(again.channelEntry()).isEqualTo(a.channelEntry());
        }
    }

    @Test
    void aMissingTargetIsRefusedWithWhatThereIs() {
        assertThatThrownBy(() -> render(ManifestPatch.jsonPatch(PatchTarget.of("DaemonSet", "default", "calico-node"),
                PatchOperation.remove("/spec/template/spec/hostNetwork"))))
                .isInstanceOf(PodnetException.class)
                .hasMessageContaining("patch 1 (JSON patch on DaemonSet default/calico-node): no DaemonSet default/calico-node"
                        + " in the rendered manifest")
                .hasMessageContaining("DaemonSet kube-system/calico-node")
                .hasMessageContaining("fix the patch's kind, namespace or name");
        assertThatThrownBy(() -> render(ManifestPatch.mergePatch(PatchTarget.clusterScoped("ClusterRole", "nope"), Map.of("a", 1))))
                .hasMessageContaining("no ClusterRole nope")
                .hasMessageContaining("ClusterRole calico-node");
    }

    @Test
    void aFailingOperationIsRefusedNamingIt() {
        assertThatThrownBy(() -> render(ManifestPatch.jsonPatch(CONTROLLERS, PatchOperation.test("/spec/replicas", 3))))
                .isInstanceOf(PodnetException.class)
                .hasMessageContaining("patch 1 (JSON patch on Deployment kube-system/calico-kube-controllers) cannot apply to "
                        + "networking.projectcalico.org/k8s-1.25.yaml: operation 1 (test /spec/replicas 3) failed: "
                        + "/spec/replicas is 1, not 3");
        assertThatThrownBy(() -> render(ManifestPatch.mergePatch(NODE, Map.of("metadata", Map.of("labels", Map.of()))),
                ManifestPatch.jsonPatch(NODE, PatchOperation.remove("/kind"))))
                .isInstanceOf(PodnetException.class)
                .hasMessageContaining("patch 2 (JSON patch on DaemonSet kube-system/calico-node) leaves the object without a string kind");
    }

    /**
     * kops builds an entry's prune block from the objects of the manifest it ships (the text manifestHash covers):
     * a patch that moves an object to another namespace moves the namespaces its kind is pruned in; the kinds stay
     * the release's list, and a patch that leaves the namespaces alone leaves the prune block as rendered.
     */
    @Test
    void theChannelEntrysPruneNamespacesFollowThePatchedObjects() {
        RenderedAddon plain = render();
        RenderedAddon moved = render(ManifestPatch.jsonPatch(CONTROLLERS,
                PatchOperation.replace("/metadata/namespace", "calico-system")));
        RenderedAddon relabelled = render(ManifestPatch.mergePatch(NODE, Map.of("metadata", Map.of("labels", Map.of("team", "network")))));

        assertThat(namespaces(plain, "Deployment")).containsExactly("kube-system");
        assertThat(namespaces(moved, "Deployment")).containsExactly("calico-system");
        // the other kinds keep theirs, and every kind of the release's list is still there, in kops' order
        assertThat(namespaces(moved, "DaemonSet")).containsExactly("kube-system");
        assertThat(moved.channelEntry().pruneKinds()).extracting(k -> k.kind())
                .containsExactlyElementsOf(plain.channelEntry().pruneKinds().stream().map(k -> k.kind()).toList());
        assertThat(moved.channelEntry().manifestHash()).isEqualTo(moved.manifestHash()).isNotEqualTo(plain.manifestHash());
        assertThat(relabelled.channelEntry().pruneKinds()).isEqualTo(plain.channelEntry().pruneKinds());
    }

    private static List<String> namespaces(RenderedAddon a, String kind) {
        return a.channelEntry().pruneKinds().stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow().namespaces();
    }
}
