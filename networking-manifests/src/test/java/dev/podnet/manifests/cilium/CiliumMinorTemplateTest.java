package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kops 1.20 and 1.21 keep the k8s-1.12 template of Cilium 1.8 beside the Cilium 1.9 one they default to
 * ({@code minorTemplate}): Cilium 1.8 renders from it, under the same id, with version 1.8.0-kops.1;
 * kops 1.19 has only the Cilium 1.8 template (checked with the kops oracle: v1.8.0 and v1.8.4 against
 * v1.9.0, v1.9.1 and the release default, Kubernetes 1.17 to 1.20).
 */
class CiliumMinorTemplateTest {

    private static RenderedAddon render(String release, CiliumSpec spec) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.17.0").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        List<RenderedAddon> a = TestRendering.forRelease(KopsVersion.of(release)).render(c, RenderStyle.KOPS).addons();
        assertThat(a).hasSize(1);
        return a.get(0);
    }

    private static List<String> clusterRoleResources(RenderedAddon a, String name) {
        return List.of(String.valueOf(find(a, "ClusterRole", name).get("rules").orElseThrow()));
    }

    @Test
    void cilium18RendersFromItsOwnTemplateAtKops120And121() {
        for (String release : List.of("1.20.0", "1.21.0")) {
            RenderedAddon v18 = render(release, base("v1.8.0").build());
            RenderedAddon v19 = render(release, base("v1.9.0").build());
            assertThat(v18.templateId()).as(release).isEqualTo("k8s-1.12").isEqualTo(v19.templateId());
            assertThat(v18.version()).as(release).isEqualTo("1.8.0-kops.1");
            assertThat(v19.version()).as(release).startsWith("1.9.");
            // the operator image, the agent's update strategy and the agent's rules are the 1.8 template's
            assertThat(find(v18, "Deployment", "cilium-operator").container("cilium-operator").orElseThrow().get("image"))
                    .as(release).asString().endsWith("cilium/operator:v1.8.0");
            assertThat(String.valueOf(find(v18, "DaemonSet", "cilium").get("spec").orElseThrow()))
                    .as(release).contains("updateStrategy={type=OnDelete}");
            assertThat(clusterRoleResources(v18, "cilium").toString()).as(release)
                    .contains("pods/finalizers").doesNotContain("ciliumlocalredirectpolicies");
            assertThat(clusterRoleResources(v19, "cilium").toString()).as(release).contains("ciliumlocalredirectpolicies");
            assertThat(v18.manifestHash()).as(release).isNotEqualTo(v19.manifestHash());
        }
    }

    @Test
    void cilium17AtKops120And121RendersFromKops119sPre18Template() {
        // kops-oracle 1.19 and 1.20 render Cilium v1.7.5 byte for byte alike (kops 1.19's k8s-1.12 entry)
        RenderedAddon at19 = TestRendering.forRelease(KopsVersion.of("1.19.0")).render(Cluster.builder()
                .name("minimal.example.com").kubernetesVersion("1.12.0").cloud(Cloud.AWS).networking(Networking.builder()
                        .provider(base("v1.7.5").build()).nonMasqueradeCIDR("100.64.0.0/10").build()).build(),
                RenderStyle.KOPS).addons().stream().filter(a -> a.templateId().equals("k8s-1.12")).findFirst().orElseThrow();
        for (String release : List.of("1.20.0", "1.21.0")) {
            RenderedAddon v17 = render(release, base("v1.7.5").build());
            assertThat(v17.templateId()).as(release).isEqualTo("k8s-1.12");
            assertThat(v17.version()).as(release).isEqualTo("1.7.3-kops.1");
            assertThat(v17.channelEntry().needsRollingUpdate()).as(release).isEmpty();
            assertThat(String.valueOf(find(v17, "DaemonSet", "cilium").get("spec").orElseThrow()))
                    .as(release).contains("maxUnavailable=2");
        }
        assertThat(render("1.20.0", base("v1.7.5").build()).yaml()).isEqualTo(at19.yaml());
        assertThat(render("1.20.0", base("v1.6.12").build()).version()).isEqualTo("1.7.3-kops.1");
    }

    @Test
    void cilium17TemplateTraitsHoldAtKops121() {
        // the template, not the release, decides: no prometheus.io annotations, no Hubble port, ENI operator on masters,
        // enable-remote-node-identity "true" whatever the field (kops-oracle 1.20/1.21, seed 20261206)
        RenderedAddon a = render("1.21.0", base("v1.7.5").enablePrometheusMetrics(true).enableRemoteNodeIdentity(false)
                .hubble(dev.podnet.api.provider.HubbleSpec.builder().enabled(false).metrics(List.of("drop")).build()).build());
        KubeObject ds = find(a, "DaemonSet", "cilium");
        assertThat(String.valueOf(ds.get("spec.template.metadata.annotations").orElse(""))).doesNotContain("prometheus.io");
        assertThat(String.valueOf(ds.container("cilium-agent").orElseThrow().get("ports"))).doesNotContain("hubble-metrics");
        assertThat(CiliumSubstitutionTest.data(a)).containsEntry("enable-remote-node-identity", "true");
        RenderedAddon eni = render("1.21.0", base("v1.7.5").ipam("eni").disableMasquerade(true).build());
        assertThat(String.valueOf(find(eni, "Deployment", "cilium-operator").get("spec.template.spec.nodeSelector")
                .orElseThrow())).contains("node-role.kubernetes.io/master");
        // not by the release's fact, which kops 1.20+ templates do not need
        assertThat(CiliumFacts.at(KopsVersion.of("1.21.0")).eniOperatorOnMasters()).isFalse();
    }

    @Test
    void cilium110AtKops121RendersFromK816V110() {
        // kops 1.21 lists k8s-1.16-v1.10 as id k8s-1.16, version 1.10.0-kops.1 (kops-oracle 1.21, Kubernetes 1.16-1.21)
        RenderedAddon a = render("1.21.0", base("v1.10.0").build());
        assertThat(a.templateId()).isEqualTo("k8s-1.16");
        assertThat(a.version()).isEqualTo("1.10.0-kops.1");
        assertThat(a.channelEntry().needsRollingUpdate()).contains("all");
        // its agent is 1.21's own: startup probe failureThreshold 24 (kops 1.22's template: 105)
        assertThat(String.valueOf(find(a, "DaemonSet", "cilium").container("cilium-agent").orElseThrow().get("startupProbe")))
                .contains("failureThreshold=24");
        assertThat(CiliumFacts.at(KopsVersion.of("1.22.0")).templateChannelVersion()).isEmpty();
    }

    @Test
    void anyCilium18PatchAndOnlyKops120To121() {
        assertThat(render("1.20.0", base("v1.8.4").build()).version()).isEqualTo("1.8.0-kops.1");
        assertThat(render("1.21.0", base("v1.8.4").build()).version()).isEqualTo("1.8.0-kops.1");
        assertThat(render("1.21.0", base("v1.9.1").build()).version()).isEqualTo("1.9.4-kops.1");
        assertThat(CiliumFacts.at(KopsVersion.of("1.19.0")).minorTemplates()).isEmpty();
        // from kops 1.22 the older minors' templates list the release's own version
        assertThat(CiliumFacts.at(KopsVersion.of("1.22.0")).minorTemplates()).allSatisfy(t -> assertThat(t.version()).isEmpty());
        assertThat(render("1.19.0", base("v1.8.0").build()).version()).isEqualTo("1.8.0-kops.1");
    }

    @Test
    void cilium19AtKops122To124RendersK812V19() {
        // kops-oracle 1.22 and 1.24 with Cilium v1.9.10: the k8s-1.12-v1.9 template, not k8s-1.12-v1.8's objects
        for (String release : List.of("1.22.0", "1.24.0")) {
            RenderedAddon v19 = render(release, base("v1.9.10").build());
            RenderedAddon v18 = render(release, base("v1.8.4").build());
            assertThat(v19.templateId()).as(release).isEqualTo("k8s-1.12");
            assertThat(v19.channelEntry().manifest()).as(release).endsWith("k8s-1.12-v1.9.yaml");
            assertThat(String.valueOf(find(v19, "ConfigMap", "cilium-config").get("data"))).as(release)
                    .contains("cgroup-root=/run/cilium/cgroupv2");
            assertThat(String.valueOf(find(v18, "ConfigMap", "cilium-config").get("data"))).as(release)
                    .doesNotContain("cgroup-root");
            assertThat(String.valueOf(find(v19, "DaemonSet", "cilium").get("spec"))).as(release).contains("cilium-cgroup");
            assertThat(String.valueOf(find(v19, "Deployment", "cilium-operator").container("cilium-operator").orElseThrow()
                    .get("args"))).as(release).contains("--eni-tags=");
        }
    }

    @Test
    void k812TemplatesAtKops122To124CarryPrometheusPortsAndEtcdMountsButNoEventHandover() {
        // kops-oracle 1.22 and 1.24 with Cilium v1.8.4 and v1.9.10, etcdManaged and enablePrometheusMetrics
        for (String release : List.of("1.22.0", "1.24.0")) {
            for (String version : List.of("v1.8.4", "v1.9.10")) {
                RenderedAddon a = render(release, base(version).etcdManaged(true).enablePrometheusMetrics(true).build());
                KubeObject agent = find(a, "DaemonSet", "cilium");
                assertThat(String.valueOf(agent.container("cilium-agent").orElseThrow().get("ports"))).as(release + version)
                        .contains("name=prometheus");
                assertThat(String.valueOf(agent.get("spec"))).as(release + version).contains("etcd-config-path");
                assertThat(String.valueOf(find(a, "ConfigMap", "cilium-config").get("data"))).as(release + version)
                        .contains("kvstore=etcd").doesNotContain("enable-k8s-event-handover");
            }
        }
        RenderedAddon v110 = render("1.24.0", base("v1.10.5").etcdManaged(true).build());
        assertThat(String.valueOf(find(v110, "ConfigMap", "cilium-config").get("data"))).contains("enable-k8s-event-handover=true");
    }

    @Test
    void cilium110AtKops124RendersK816V110() {
        // kops-oracle 1.24 with Cilium v1.10.5: the k8s-1.16-v1.10 template (health port 9876, critical-pod annotation)
        RenderedAddon v110 = render("1.24.0", base("v1.10.5").build());
        RenderedAddon v111 = render("1.24.0", base("v1.11.6").build());
        assertThat(v110.channelEntry().manifest()).endsWith("k8s-1.16-v1.10.yaml");
        assertThat(String.valueOf(find(v110, "DaemonSet", "cilium").get("spec"))).contains("port=9876")
                .contains("scheduler.alpha.kubernetes.io/critical-pod");
        assertThat(String.valueOf(find(v111, "DaemonSet", "cilium").get("spec"))).contains("port=9879")
                .doesNotContain("critical-pod");
        assertThat(CiliumFacts.at(KopsVersion.of("1.25.0")).minorTemplates()).isEmpty();
    }

    @Test
    void kops119sK817TemplateHasNoEtcdNorIpsec() {
        // kops-oracle 1.19 (Kubernetes 1.11): etcdManaged and enableEncryption leave the k8s-1.7 entry as it is
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.11.0").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(base("v1.7.5").etcdManaged(true).enableEncryption(true).build())
                        .nonMasqueradeCIDR("100.64.0.0/10").build()).build();
        List<RenderedAddon> a = TestRendering.forRelease(KopsVersion.of("1.19.0")).render(c, RenderStyle.KOPS).addons();
        RenderedAddon k17 = a.stream().filter(x -> x.templateId().equals("k8s-1.7")).findFirst().orElseThrow();
        RenderedAddon k112 = a.stream().filter(x -> x.templateId().equals("k8s-1.12")).findFirst().orElseThrow();
        assertThat(CiliumSubstitutionTest.data(k17)).doesNotContainKeys("kvstore", "etcd-config", "enable-ipsec");
        assertThat(k17.yaml()).doesNotContain("etcd-secrets").doesNotContain("volumeMounts: []");
        assertThat(CiliumSubstitutionTest.data(k112)).containsKeys("kvstore", "etcd-config", "enable-ipsec");
    }
}
