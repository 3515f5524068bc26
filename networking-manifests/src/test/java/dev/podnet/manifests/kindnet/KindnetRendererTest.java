package dev.podnet.manifests.kindnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.KindnetMasqueradeSpec;
import dev.podnet.api.provider.KindnetSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.kuberouter.OracleConformance;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.corpus.CorpusCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kindnet: the oracle's {@code kindnet-options} case (kops 1.32 rendering a spec of ours with
 * every option set) and each documented substitution with specs the corpus does not contain.
 */
class KindnetRendererTest {

    static Cluster cluster(KindnetSpec spec, String nonMasquerade) {
        return Cluster.builder().name("kn.example.com").kubernetesVersion("1.32.2").cloud(Cloud.GCE)
                .kubeControllerManager(KubeControllerManager.builder().clusterCIDR("100.96.0.0/11").build())
                .networking(Networking.builder().provider(spec).nonMasqueradeCIDR(nonMasquerade).build())
                .build();
    }

    static RenderedAddon render(String release, KindnetSpec spec) {
        return TestRendering.forRelease(KopsVersion.of(release)).render(cluster(spec, "100.64.0.0/10"), RenderStyle.KOPS)
                .addons().get(0);
    }

    static KubeObject find(RenderedAddon a, String kind, String name) {
        return KopsYaml.parse(a.yaml()).stream().filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    static List<String> command(RenderedAddon a) {
        return (List<String>) find(a, "DaemonSet", "kindnet").container("kindnet-cni").orElseThrow().get("command");
    }

    @Test
    void oracleKindnetOptionsRendersAsKops132() {
        List<CorpusCase> cases = OracleConformance.cases("kindnet");
        assertThat(cases).extracting(CorpusCase::name).contains("kindnet-options");
        for (CorpusCase c : cases) {
            RenderResult r = OracleConformance.render(c);
            OracleConformance.assertManifestsMatch(c, r);
            OracleConformance.assertChannelMatches(c, r, "networking.kindnet");
            String expected = OracleConformance.ORACLE.read(c.manifests().get("networking.kindnet/k8s-1.32"));
            assertThat(r.addons().get(0).yaml()).as("byte for byte").isEqualTo(expected);
        }
    }

    @Test
    void masqueradeDisabledWithNat64AndNoCidrs() {
        RenderedAddon a = render("1.34.0", KindnetSpec.builder().nat64(true)
                .masquerade(KindnetMasqueradeSpec.builder().enabled(false).build()).build());
        assertThat(command(a)).containsExactly("/bin/kindnetd", "--hostname-override=$(NODE_NAME)", "--v=2",
                "--dns-caching=true", "--nat64=true", "--fastpath-threshold=0", "--masquerading=false");
        assertThat(a.channelEntry().needsRollingUpdate()).contains("all");
    }

    @Test
    void masqueradeCidrsSkipEmptiesAndKeepOrder() {
        RenderedAddon a = render("1.35.0", KindnetSpec.builder().logLevel(5).fastPathThreshold(20)
                .masquerade(KindnetMasqueradeSpec.builder().enabled(true)
                        .addNonMasqueradeCIDRs("10.1.0.0/16", "", "fd00::/64").build()).build());
        assertThat(command(a)).endsWith("--masquerading=true", "--no-masquerade-cidr=10.1.0.0/16,fd00::/64")
                .contains("--v=5", "--fastpath-threshold=20");
    }

    @Test
    void withoutMasqueradeBlockNoMasqueradeFlags() {
        assertThat(command(render("1.33.0", KindnetSpec.builder().build())))
                .noneMatch(s -> s.startsWith("--masquerading") || s.startsWith("--no-masquerade-cidr"));
    }

    @Test
    void dnsCachingDefaultsFalseOnMasterAndFollowsTheField() {
        assertThat(command(render("1.37.0-alpha.1", KindnetSpec.builder().build()))).contains("--dns-caching=false");
        assertThat(command(render("1.36.0", KindnetSpec.builder().build()))).contains("--dns-caching=true");
        assertThat(command(render("1.36.0", KindnetSpec.builder().dnsCaching(false).build())))
                .contains("--dns-caching=false");
    }

    @Test
    void versionSetsTheTagOfBothContainers() {
        KubeObject ds = find(render("1.35.0", KindnetSpec.builder().version("v1.0.9").build()), "DaemonSet", "kindnet");
        assertThat(ds.container("kindnet-cni").orElseThrow().get("image"))
                .isEqualTo("registry.k8s.io/networking/kindnet:v1.0.9");
        assertThat(ds.container("install-cni-bin").orElseThrow().get("image"))
                .isEqualTo("registry.k8s.io/networking/kindnet:v1.0.9");
    }

    @Test
    void policiesFlagsRuleAndCrdsFollowTheFields() {
        RenderedAddon anpOnly = render("1.36.0", KindnetSpec.builder().networkPolicies(false)
                .adminNetworkPolicies(true).build());
        assertThat(command(anpOnly)).containsSubsequence("--v=2", "--network-policy=false",
                "--admin-network-policy=true", "--dns-caching=true");
        assertThat(KopsYaml.parse(anpOnly.yaml())).extracting(KubeObject::name)
                .containsExactly("kindnet", "kindnet", "kindnet", "kindnet", KindnetRenderer.ANP_CRD);
        assertThat(find(anpOnly, "ClusterRole", "kindnet").get("rules").orElseThrow().toString())
                .contains("adminnetworkpolicies").doesNotContain("baselineadminnetworkpolicies");

        RenderedAddon banpOnly = render("1.33.0", KindnetSpec.builder().baselineAdminNetworkPolicies(true).build());
        // kops' template passes the BANP value under the ANP flag name
        assertThat(command(banpOnly)).contains("--admin-network-policy=true");
        assertThat(KopsYaml.parse(banpOnly.yaml())).extracting(KubeObject::name).contains(KindnetRenderer.BANP_CRD)
                .doesNotContain(KindnetRenderer.ANP_CRD);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) find(banpOnly, "ClusterRole", "kindnet")
                .get("rules").orElseThrow();
        assertThat(rules.get(rules.size() - 1)).containsEntry("resources", List.of("baselineadminnetworkpolicies"));

        RenderedAddon none = render("1.32.0", KindnetSpec.builder().build());
        assertThat(KopsYaml.parse(none.yaml())).extracting(KubeObject::kind).doesNotContain("CustomResourceDefinition");
        assertThat(find(none, "ClusterRole", "kindnet").get("rules").orElseThrow().toString())
                .doesNotContain("policy.networking.k8s.io");
    }
}
