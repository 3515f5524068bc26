package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.PruneKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kops' prune block (packaging.yaml pruneAddons, pruneKinds): a fixed kind list per release, the namespaces of the
 * manifest's objects of each kind (kops-oracle 1.24-1.36, corpus 1.22-1.36).
 */
class PruneKindsTest {

    private static KubeObject object(String apiVersion, String kind, String name, String namespace) {
        Map<String, Object> metadata = namespace == null ? Map.of("name", name) : Map.of("name", name, "namespace", namespace);
        return KubeObject.of(Map.of("apiVersion", apiVersion, "kind", kind, "metadata", metadata));
    }

    private static final List<KubeObject> FLANNEL = List.of(
            object("v1", "Namespace", "kube-flannel", null),
            object("rbac.authorization.k8s.io/v1", "ClusterRole", "flannel", null),
            object("v1", "ServiceAccount", "flannel", "kube-flannel"),
            object("v1", "ConfigMap", "kube-flannel-cfg", "kube-flannel"),
            object("v1", "ConfigMap", "other", "a-first"),
            object("apps/v1", "DaemonSet", "kube-flannel-ds", "kube-flannel"),
            object("extensions/v1beta1", "DaemonSet", "old", "elsewhere"));

    @Test
    void namespacesAreThoseOfTheManifestsObjectsOfTheKindSorted() {
        List<PruneKind> kinds = AddonPackager.pruneKinds("networking.flannel", KopsVersion.of("1.36.0"), FLANNEL);
        assertThat(kinds).extracting(PruneKind::kind).containsExactly("ConfigMap", "Service", "ServiceAccount",
                "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "DaemonSet", "Deployment", "StatefulSet",
                "PodDisruptionBudget", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
        assertThat(kinds.get(0).namespaces()).containsExactly("a-first", "kube-flannel");
        assertThat(kinds.get(1).namespaces()).isEmpty();
        // the DaemonSet of another group is not the apps DaemonSet; a cluster-scoped kind has no namespaces
        assertThat(kinds.get(5).group()).contains("apps");
        assertThat(kinds.get(5).namespaces()).containsExactly("kube-flannel");
        assertThat(kinds.get(9).namespaces()).isEmpty();
        assertThat(kinds).allSatisfy(k -> assertThat(k.labelSelector())
                .isEqualTo("addon.kops.k8s.io/name=networking.flannel,app.kubernetes.io/managed-by=kops"));
        assertThat(kinds).extracting(PruneKind::kind).doesNotContain("Namespace");
    }

    @Test
    void theKindListAndTheAddonsArePerRelease() {
        assertThat(AddonPackager.pruneKinds("networking.kope.io", KopsVersion.of("1.22.0"), FLANNEL)).isEmpty();
        assertThat(AddonPackager.pruneKinds("networking.kope.io", KopsVersion.of("1.23.0"), FLANNEL)).hasSize(11);
        assertThat(AddonPackager.pruneKinds("networking.flannel", KopsVersion.of("1.24.0"), FLANNEL)).isEmpty();
        assertThat(AddonPackager.pruneKinds("networking.flannel", KopsVersion.of("1.25.0"), FLANNEL)).hasSize(11);
        assertThat(AddonPackager.pruneKinds("networking.flannel", KopsVersion.of("1.26.0"), FLANNEL)).hasSize(13);
        assertThat(AddonPackager.pruneKinds("networking.cilium.io", KopsVersion.of("1.36.0"), FLANNEL)).isEmpty();
    }
}
