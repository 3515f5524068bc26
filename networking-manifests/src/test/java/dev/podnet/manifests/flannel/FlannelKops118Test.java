package dev.podnet.manifests.flannel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.internal.BadFactRows;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flannel at kops 1.18 (docs/release-boundaries.md): the channel lists k8s-1.6 (0.11.0-kops.2, the file 1.19 keeps)
 * and k8s-1.12 (0.11.0-kops.3), which is that k8s-1.6 file with four named edits ({@code releases.yaml}
 * {@code templateEdits}). Each edit is checked alone on 1.19's k8s-1.6 objects: it changes what it names and
 * nothing else.
 */
class FlannelKops118Test {
    private static final Manifest K8S_16 = ManifestData.of("flannel", RenderCaches.withCapacity(0))
            .variant("1.19", "k8s-1.6").orElseThrow();

    private static Cluster flannel(String kubernetes, FlannelSpec spec) {
        return Cluster.builder().name("minimal.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
    }

    /** The objects of {@code m} other than {@code kind/name}, unchanged by an edit of that object. */
    private static List<KubeObject> others(Manifest m, String... kindNames) {
        List<String> edited = List.of(kindNames);
        return m.objects().stream().filter(o -> !edited.contains(o.kind() + "/" + o.name())).toList();
    }

    @Test
    void kops118ListsK8s16AndK8s112WithTheirChannelVersions() {
        ManifestData data = ManifestData.of("flannel", RenderCaches.withCapacity(0));
        assertThat(data.rangedTemplates(18)).containsExactly(
                new ManifestData.RangedTemplate("k8s-1.6", "<1.12.0", "0.11.0-kops.2"),
                new ManifestData.RangedTemplate("k8s-1.12", ">=1.12.0", "0.11.0-kops.3"));
        assertThat(FlannelFacts.at(KopsVersion.of("1.18.0")).edits("k8s-1.12")).containsExactly(
                FlannelTemplateEdit.RBAC_V1, FlannelTemplateEdit.CNI_VERSION_020, FlannelTemplateEdit.APPS_V1_DAEMONSET,
                FlannelTemplateEdit.NODE_CRITICAL_PRIORITY);
        assertThat(FlannelFacts.at(KopsVersion.of("1.18.0")).edits("k8s-1.6")).isEmpty();
        assertThat(FlannelFacts.at(KopsVersion.of("1.19.0")).edits("k8s-1.12")).isEmpty();
    }

    @Test
    void rbacV1MovesTheClusterRoleAndItsBindingToRbacV1() {
        Manifest out = FlannelTemplateEdit.RBAC_V1.apply(K8S_16);
        assertThat(K8S_16.get("ClusterRole", "flannel").apiVersion()).isEqualTo("rbac.authorization.k8s.io/v1beta1");
        assertThat(out.get("ClusterRole", "flannel").apiVersion()).isEqualTo("rbac.authorization.k8s.io/v1");
        assertThat(out.get("ClusterRoleBinding", "flannel").apiVersion()).isEqualTo("rbac.authorization.k8s.io/v1");
        assertThat(out.get("ClusterRole", "flannel").get("rules")).isEqualTo(K8S_16.get("ClusterRole", "flannel").get("rules"));
        assertThat(others(out, "ClusterRole/flannel", "ClusterRoleBinding/flannel"))
                .isEqualTo(others(K8S_16, "ClusterRole/flannel", "ClusterRoleBinding/flannel"));
    }

    @Test
    void cniVersion020OpensTheCniConfigWithIt() {
        Manifest out = FlannelTemplateEdit.CNI_VERSION_020.apply(K8S_16);
        String before = String.valueOf(K8S_16.get("ConfigMap", "kube-flannel-cfg").get("data[\"cni-conf.json\"]").orElseThrow());
        String after = String.valueOf(out.get("ConfigMap", "kube-flannel-cfg").get("data[\"cni-conf.json\"]").orElseThrow());
        assertThat(before).startsWith("{\n  \"name\": \"cbr0\",").doesNotContain("cniVersion");
        assertThat(after).startsWith("{\n  \"cniVersion\": \"0.2.0\",\n  \"name\": \"cbr0\",")
                .isEqualTo(before.replaceFirst("\\{\n", "{\n  \"cniVersion\": \"0.2.0\",\n"))
                .contains("\"forceAddress\": true");
        assertThat(others(out, "ConfigMap/kube-flannel-cfg")).isEqualTo(others(K8S_16, "ConfigMap/kube-flannel-cfg"));
    }

    @Test
    void appsV1DaemonSetSelectsItsPodsLabels() {
        Manifest out = FlannelTemplateEdit.APPS_V1_DAEMONSET.apply(K8S_16);
        KubeObject ds = out.get("DaemonSet", "kube-flannel-ds");
        assertThat(K8S_16.get("DaemonSet", "kube-flannel-ds").apiVersion()).isEqualTo("extensions/v1beta1");
        assertThat(K8S_16.get("DaemonSet", "kube-flannel-ds").get("spec.selector")).isEmpty();
        assertThat(ds.apiVersion()).isEqualTo("apps/v1");
        assertThat(ds.get("spec.selector.matchLabels")).contains(
                Map.of("tier", "node", "app", "flannel", "role.kubernetes.io/networking", "1"));
        assertThat(ds.get("spec.template")).isEqualTo(K8S_16.get("DaemonSet", "kube-flannel-ds").get("spec.template"));
        assertThat(others(out, "DaemonSet/kube-flannel-ds")).isEqualTo(others(K8S_16, "DaemonSet/kube-flannel-ds"));
    }

    @Test
    void nodeCriticalPriorityGivesThePodsTheClass() {
        Manifest out = FlannelTemplateEdit.NODE_CRITICAL_PRIORITY.apply(K8S_16);
        assertThat(K8S_16.get("DaemonSet", "kube-flannel-ds").get("spec.template.spec.priorityClassName")).isEmpty();
        assertThat(out.get("DaemonSet", "kube-flannel-ds").get("spec.template.spec.priorityClassName"))
                .contains("system-node-critical");
        assertThat(out.get("DaemonSet", "kube-flannel-ds").apiVersion()).isEqualTo("extensions/v1beta1");
        assertThat(others(out, "DaemonSet/kube-flannel-ds")).isEqualTo(others(K8S_16, "DaemonSet/kube-flannel-ds"));
    }

    @Test
    void kops118RendersBothEntriesForEveryKubernetesVersionItAccepts() {
        TestRendering at118 = TestRendering.forRelease(KopsVersion.of("1.18.0"));
        for (String kubernetes : List.of("1.9.0", "1.11.10", "1.12.0", "1.18.20")) {
            List<RenderedAddon> addons = at118.render(flannel(kubernetes,
                    FlannelSpec.builder().backend("udp").iptablesResyncSeconds(9).build())).addons();
            assertThat(addons).extracting(RenderedAddon::templateId).as(kubernetes).containsExactly("k8s-1.6", "k8s-1.12");
            for (RenderedAddon a : addons) {
                assertThat(a.yaml()).contains("\"Type\": \"udp\"").contains("--iptables-resync=9")
                        .contains("image: quay.io/coreos/flannel:v0.11.0-amd64").contains("beta.kubernetes.io/arch: amd64")
                        .contains("\"forceAddress\": true").contains("privileged: true")
                        .doesNotContain("PodSecurityPolicy");
            }
            assertThat(addons.get(0).yaml()).contains("apiVersion: extensions/v1beta1").doesNotContain("cniVersion")
                    .doesNotContain("priorityClassName");
            assertThat(addons.get(1).yaml()).contains("apiVersion: apps/v1").contains("\"cniVersion\": \"0.2.0\"")
                    .contains("priorityClassName: system-node-critical").contains("matchLabels:")
                    .doesNotContain("v1beta1");
        }
    }

    @Test
    void kops118sK8s16IsKops119sByteForByte() {
        Cluster c = flannel("1.11.10", FlannelSpec.builder().backend("vxlan").build());
        RenderedAddon at118 = TestRendering.forRelease(KopsVersion.of("1.18.0")).render(c).addons().get(0);
        RenderedAddon at119 = TestRendering.forRelease(KopsVersion.of("1.19.0")).render(c).addons().get(0);
        assertThat(at118.templateId()).isEqualTo(at119.templateId()).isEqualTo("k8s-1.6");
        assertThat(at118.yaml()).isEqualTo(at119.yaml());
        // kops-oracle 1.19 (this spec): the channel's sha1 of k8s-1.6
        assertThat(at118.manifestHash()).isEqualTo("7da70ab9062e195c19277037c1ed4ca52c4274c1");
    }

    @Test
    void anUnknownEditNameFailsAtLoad() {
        BadFactRows.assertFailsAtLoad(FlannelFacts.class, "releases.yaml", FlannelFacts::read,
                "- since: \"1.40\"\n  templateEdits: {k8s-1.25: [rbac-v2]}\n", ".templateEdits.k8s-1.25: no Flannel template edit rbac-v2");
    }
}
