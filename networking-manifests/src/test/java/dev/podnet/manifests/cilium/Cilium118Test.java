package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.data;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.render.ChannelEntry;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cilium at kops 1.18 (docs/release-boundaries.md): both channel entries, k8s-1.7 and k8s-1.12 (1.7.3-kops.1), whatever
 * the version, from the objects of kops 1.19's templates for Cilium below 1.8 (borrowed.tsv) with the 1.18 differences:
 * image tags of each template when the spec names no version ({@code unsetVersionTags}), the operator's leases rule
 * absent from k8s-1.12 ({@code templateEdits}), {@code ipam} omitted when unset, {@code enable-remote-node-identity}
 * the bool's value and {@code enable-ipv4}/{@code enable-ipv6} from the fields (config-keys.yaml). The corpus' kops
 * 1.18.0 bootstrapchannelbuilder cilium case pins the plain spec's two manifests by their sha1.
 */
class Cilium118Test {
    private static final KopsVersion KOPS_118 = KopsVersion.of("1.18.0");
    private static final KopsVersion KOPS_119 = KopsVersion.of("1.19.0");

    private static Cluster cluster(String kubernetes, CiliumSpec spec) {
        return Cluster.builder().name("minimal.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
    }

    private static List<RenderedAddon> render(KopsVersion release, CiliumSpec spec) {
        return TestRendering.forRelease(release).render(cluster("1.14.11", spec)).addons();
    }

    private static String image(RenderedAddon a, String kind, String name, String container) {
        KubeObject o = find(a, kind, name);
        Optional<Map<String, Object>> c = o.container(container).or(() -> initContainer(o, container));
        return String.valueOf(c.orElseThrow().get("image"));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> initContainer(KubeObject o, String name) {
        return ((List<Map<String, Object>>) o.get("spec.template.spec.initContainers").orElse(List.of())).stream()
                .filter(c -> name.equals(c.get("name"))).findFirst();
    }

    @Test
    void theCorpusKops118ChannelHashesOfThePlainSpec() {
        // upup/pkg/fi/cloudup/tests/bootstrapchannelbuilder/cilium at v1.18.0: cilium: {}, Kubernetes 1.14.11,
        // cluster minimal.example.com (the corpus' channel, sha1 of each manifest)
        List<RenderedAddon> a = render(KOPS_118, CiliumSpec.builder().build());
        assertThat(a).extracting(RenderedAddon::manifestHash).containsExactly(
                "e6670d455bcd03c5b85ccb6ff6bbe6e068aa7674", "15a4c6bf41e05753c76747d556f275e9bfec165b");
    }

    @Test
    void bothEntriesWhateverTheVersion() {
        for (String version : new String[] {null, "v1.6.6", "v1.7.5", "v1.8.0", "v1.10.0"}) {
            CiliumSpec.Builder b = CiliumSpec.builder();
            if (version != null) {
                b.version(version);
            }
            for (String kubernetes : List.of("1.9.0", "1.11.10", "1.12.0", "1.18.20")) {
                List<RenderedAddon> a = TestRendering.forRelease(KOPS_118).render(cluster(kubernetes, b.build())).addons();
                assertThat(a).as("%s %s", version, kubernetes).extracting(RenderedAddon::channelEntry)
                        .extracting(ChannelEntry::id, ChannelEntry::manifest, ChannelEntry::version,
                                e -> e.kubernetesVersion().orElseThrow(), ChannelEntry::needsRollingUpdate)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("k8s-1.7", "networking.cilium.io/k8s-1.7.yaml",
                                        "1.7.3-kops.1", "<1.12.0", Optional.empty()),
                                org.assertj.core.groups.Tuple.tuple("k8s-1.12", "networking.cilium.io/k8s-1.12.yaml",
                                        "1.7.3-kops.1", ">=1.12.0", Optional.empty()));
            }
        }
        assertThat(CiliumRenderer.oldCiliumEntries(KOPS_119, CiliumSpec.builder().version("v1.8.6").build())).isEmpty();
    }

    @Test
    void withoutAVersionEachTemplateFallsBackToItsOwnTags() {
        List<RenderedAddon> a = render(KOPS_118, CiliumSpec.builder().build());
        assertThat(image(a.get(0), "DaemonSet", "cilium", "cilium-agent")).isEqualTo("docker.io/cilium/cilium:v1.6.6");
        // kops 1.18's k8s-1.7 gives its init container no fallback: the image ends in ':'
        assertThat(image(a.get(0), "DaemonSet", "cilium", "clean-cilium-state")).isEqualTo("docker.io/cilium/cilium:");
        assertThat(a.get(0).yaml()).contains("image: 'docker.io/cilium/cilium:'\n");
        assertThat(image(a.get(0), "Deployment", "cilium-operator", "cilium-operator")).isEqualTo("docker.io/cilium/operator:v1.6.6");
        assertThat(image(a.get(1), "DaemonSet", "cilium", "cilium-agent")).isEqualTo("docker.io/cilium/cilium:v1.7.5");
        assertThat(image(a.get(1), "DaemonSet", "cilium", "clean-cilium-state")).isEqualTo("docker.io/cilium/cilium:v1.7.5");
        assertThat(image(a.get(1), "Deployment", "cilium-operator", "cilium-operator")).isEqualTo("docker.io/cilium/operator:v1.7.5");
        // a version names every image of both templates
        for (RenderedAddon x : render(KOPS_118, CiliumSpec.builder().version("v1.7.2").build())) {
            assertThat(image(x, "DaemonSet", "cilium", "cilium-agent")).isEqualTo("docker.io/cilium/cilium:v1.7.2");
            assertThat(image(x, "DaemonSet", "cilium", "clean-cilium-state")).isEqualTo("docker.io/cilium/cilium:v1.7.2");
            assertThat(image(x, "Deployment", "cilium-operator", "cilium-operator")).isEqualTo("docker.io/cilium/operator:v1.7.2");
        }
        assertThat(CiliumFacts.at(KOPS_118).unsetVersionTag("k8s-1.7", "clean-cilium-state")).contains("");
        assertThat(CiliumFacts.at(KOPS_119).unsetVersionTag("k8s-1.12", "cilium-agent")).isEmpty();
    }

    @Test
    void operatorWithoutLeasesDropsThatRuleAlone() {
        Manifest held = ManifestData.of("cilium", RenderCaches.withCapacity(0)).variant("1.18", "k8s-1.12").orElseThrow();
        Manifest out = CiliumTemplateEdit.OPERATOR_WITHOUT_LEASES.apply(held);
        List<?> before = (List<?>) held.get("ClusterRole", "cilium-operator").get("rules").orElseThrow();
        List<?> after = (List<?>) out.get("ClusterRole", "cilium-operator").get("rules").orElseThrow();
        assertThat(String.valueOf(before)).contains("coordination.k8s.io");
        assertThat(after).hasSize(before.size() - 1).isEqualTo(before.subList(0, before.size() - 1));
        assertThat(String.valueOf(after)).doesNotContain("leases");
        assertThat(out.objects().stream().filter(o -> !o.name().equals("cilium-operator") || !o.kind().equals("ClusterRole")))
                .containsExactlyElementsOf(held.objects().stream()
                        .filter(o -> !o.name().equals("cilium-operator") || !o.kind().equals("ClusterRole")).toList());
        assertThatThrownBy(() -> CiliumTemplateEdit.OPERATOR_WITHOUT_LEASES.apply(out)).isInstanceOf(IllegalStateException.class);
        assertThat(CiliumFacts.at(KOPS_118).edits("k8s-1.12")).containsExactly(CiliumTemplateEdit.OPERATOR_WITHOUT_LEASES);
        assertThat(CiliumFacts.at(KOPS_118).edits("k8s-1.7")).isEmpty();
        assertThat(CiliumFacts.at(KOPS_119).edits("k8s-1.12")).isEmpty();
        // the rendered k8s-1.12 at 1.18 has no leases rule; 1.19's template for Cilium below 1.8 has it
        assertThat(render(KOPS_118, CiliumSpec.builder().build()).get(1).yaml()).doesNotContain("coordination.k8s.io");
        assertThat(render(KOPS_119, CiliumSpec.builder().version("v1.7.5").build()).get(1).yaml()).contains("coordination.k8s.io");
    }

    @Test
    void ipamIsWrittenOnlyWhenSet() {
        for (RenderedAddon a : render(KOPS_118, CiliumSpec.builder().build())) {
            assertThat(data(a)).as(a.templateId()).doesNotContainKeys("ipam", "k8s-require-ipv4-pod-cidr",
                    "enable-endpoint-routes");
        }
        for (RenderedAddon a : render(KOPS_118, CiliumSpec.builder().ipam("crd").build())) {
            assertThat(data(a)).as(a.templateId()).containsEntry("ipam", "crd").doesNotContainKey("k8s-require-ipv4-pod-cidr");
        }
        for (RenderedAddon a : render(KOPS_118, CiliumSpec.builder().ipam("eni").disableMasquerade(true).build())) {
            assertThat(data(a)).as(a.templateId()).containsEntry("ipam", "eni").containsEntry("enable-endpoint-routes", "true")
                    .containsEntry("blacklist-conflicting-routes", "false").containsEntry("masquerade", "false");
            assertThat(find(a, "Deployment", "cilium-operator").get("spec.template.spec.nodeSelector"))
                    .as(a.templateId()).contains(Map.of("node-role.kubernetes.io/master", ""));
        }
    }

    @Test
    void remoteNodeIdentityIsTheBoolsValue() {
        // k8s-1.12 writes the field (a bool kops 1.18 leaves unset: "false"); k8s-1.7 has no such key
        assertThat(data(render(KOPS_118, CiliumSpec.builder().build()).get(1))).containsEntry("enable-remote-node-identity", "false");
        assertThat(data(render(KOPS_118, CiliumSpec.builder().enableRemoteNodeIdentity(true).build()).get(1)))
                .containsEntry("enable-remote-node-identity", "true");
        assertThat(data(render(KOPS_118, CiliumSpec.builder().build()).get(0))).doesNotContainKey("enable-remote-node-identity");
        // from kops 1.19 a pointer the template tests for truth: "true" even when false
        assertThat(data(render(KOPS_119, CiliumSpec.builder().version("v1.7.5").enableRemoteNodeIdentity(false).build()).get(1)))
                .containsEntry("enable-remote-node-identity", "true");
        assertThat(CiliumFacts.at(KOPS_118).remoteNodeIdentityPointer()).isFalse();
        assertThat(CiliumFacts.at(KOPS_119).remoteNodeIdentityPointer()).isTrue();
    }

    @Test
    void ipv4AndIpv6ReadTheFields() {
        record Case(Boolean v4, Boolean v6, String ipv4, String ipv6) {
        }
        for (Case c : List.of(new Case(null, null, "true", "false"), new Case(null, true, "false", "true"),
                new Case(true, true, "true", "true"), new Case(true, null, "true", "false"))) {
            CiliumSpec.Builder b = CiliumSpec.builder();
            if (c.v4() != null) {
                b.enableipv4(c.v4());
            }
            if (c.v6() != null) {
                b.enableipv6(c.v6());
            }
            for (RenderedAddon a : render(KOPS_118, b.build())) {
                assertThat(data(a)).as("%s %s", c, a.templateId()).containsEntry("enable-ipv4", c.ipv4())
                        .containsEntry("enable-ipv6", c.ipv6());
            }
        }
        // kops 1.19 writes "true"/"false" whatever the fields (kops-oracle 1.19, enableipv6: true)
        for (RenderedAddon a : render(KOPS_119, CiliumSpec.builder().version("v1.7.5").enableipv6(true).build())) {
            assertThat(data(a)).as(a.templateId()).containsEntry("enable-ipv4", "true").containsEntry("enable-ipv6", "false");
        }
    }

    @Test
    void k8s17IsKops119sTextForTheSameSpec() {
        // the spec as kops 1.19 completes it for Cilium v1.7.5 but the keys kops 1.18 does not default: with the same
        // fields both releases write k8s-1.7 byte for byte alike (k8s-1.12 differs by the leases rule)
        CiliumSpec spec = CiliumSpec.builder().version("v1.7.5").enableRemoteNodeIdentity(true).build();
        List<RenderedAddon> at118 = render(KOPS_118, spec);
        List<RenderedAddon> at119 = render(KOPS_119, spec);
        assertThat(at118.get(0).yaml()).isEqualTo(at119.get(0).yaml());
        assertThat(at118.get(1).yaml()).isNotEqualTo(at119.get(1).yaml());
        assertThat(has(at118.get(1), "ClusterRole", "cilium-operator")).isTrue();
    }

    @Test
    void etcdManagedAndPrometheusInTheOldTemplatesForm() {
        List<RenderedAddon> a = render(KOPS_118, CiliumSpec.builder().etcdManaged(true).enablePrometheusMetrics(true).build());
        assertThat(data(a.get(0))).doesNotContainKeys("kvstore", "etcd-config").containsEntry("prometheus-serve-addr", ":9090");
        assertThat(data(a.get(1))).containsEntry("kvstore", "etcd").containsEntry("prometheus-serve-addr", ":9090")
                .doesNotContainKeys("enable-metrics", "operator-prometheus-serve-addr");
        assertThat(a.get(1).yaml()).contains("name: etcd-config-path").contains("- --enable-metrics");
    }

    @Test
    void anUnknownEditNameFailsAtLoad() {
        BadFactRows.assertFailsAtLoad(CiliumFacts.class, "releases.yaml", CiliumFacts::read,
                "- since: \"1.40\"\n  templateEdits: {k8s-1.16: [operator-with-leases]}\n",
                ".templateEdits.k8s-1.16: no Cilium template edit operator-with-leases");
    }
}
