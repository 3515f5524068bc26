package dev.podnet.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The channel entry's map form: kops' field order, and an empty version listed only where kops lists it. */
class ChannelEntryTest {

    private static ChannelEntry.Builder entry() {
        return ChannelEntry.builder().name("networking.projectcalico.org").id("k8s-1.12")
                .manifest("networking.projectcalico.org/k8s-1.12.yaml").manifestHash("28ba")
                .selector(Map.of("role.kubernetes.io/networking", "1")).kubernetesVersion("<1.16.0");
    }

    @Test
    void anEmptyVersionIsListedWhereKopsListsIt() {
        assertThat(entry().version("").listsEmptyVersion(true).build().toMap()).containsEntry("version", "")
                .containsOnlyKeys("id", "kubernetesVersion", "manifest", "manifestHash", "name", "selector", "version");
    }

    @Test
    void anEmptyVersionIsLeftOutByDefault() {
        assertThat(entry().version("").build().toMap()).doesNotContainKey("version");
    }

    @Test
    void keysComeInKopsOrder() {
        assertThat(entry().version("3.19.1-kops.1").needsRollingUpdate("all").needsPKI(true).build().toMap().keySet())
                .containsExactly("id", "kubernetesVersion", "manifest", "manifestHash", "name", "needsPKI",
                        "needsRollingUpdate", "selector", "version");
    }

    @Test
    void pruneComesAfterNeedsRollingUpdateWithItsKindsInKopsKeyOrder() {
        PruneKind k = PruneKind.builder().group("apps").kind("DaemonSet").labelSelector("a=b").addNamespaces("kube-system").build();
        PruneKind core = PruneKind.builder().kind("Service").labelSelector("a=b").build();
        Map<String, Object> m = entry().version("9.99.0").needsRollingUpdate("all").addPruneKinds(core, k).build().toMap();
        assertThat(m.keySet()).containsExactly("id", "kubernetesVersion", "manifest", "manifestHash", "name",
                "needsRollingUpdate", "prune", "selector", "version");
        assertThat(m.get("prune")).isEqualTo(Map.of("kinds", java.util.List.of(Map.of("kind", "Service", "labelSelector", "a=b"),
                Map.of("group", "apps", "kind", "DaemonSet", "labelSelector", "a=b", "namespaces", java.util.List.of("kube-system")))));
        assertThat(k.toMap().keySet()).containsExactly("group", "kind", "labelSelector", "namespaces");
    }
}
