package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.env;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.object.KubeObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kops 1.19-1.21's Calico (releases.yaml facts, kops-oracle renders of the generated specs): k8s-1.7
 * and k8s-1.12 keep kops 1.18's substitutions ({@code kops118Templates}) plus IP_AUTODETECTION_METHOD and IP6_AUTODETECTION_METHOD;
 * k8s-1.16 has today's with the era's defaults (FELIX_AWSSRCDSTCHECK DoNothing, VXLAN mode Always);
 * the Go and process metrics are "true" whatever the spec says up to 1.19 ({@code metricsAlwaysTrue}).
 */
class EraCalicoTest {

    static RenderedAddon render(String release, CalicoSpec spec, String templateId) {
        Cluster c = Kops118SubstitutionTest.cluster(spec, Cloud.AWS);
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().stream()
                .filter(a -> a.templateId().equals(templateId)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, k8s-1.12, true", "1.19.0, k8s-1.16, true", "1.20.0, k8s-1.12, false",
        "1.21.0, k8s-1.16, false"})
    void goAndProcessMetricsAreTrueUpTo119(String release, String templateId, boolean alwaysTrue) {
        KubeObject ds = find(render(release, CalicoSpec.builder().build(), templateId), "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).isEqualTo(String.valueOf(alwaysTrue));
        assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSPROCESSMETRICSENABLED")).isEqualTo(String.valueOf(alwaysTrue));
        KubeObject enabled = find(render(release, CalicoSpec.builder().prometheusGoMetricsEnabled(true).build(),
                templateId), "DaemonSet", "calico-node");
        assertThat(env(enabled, "calico-node", "FELIX_PROMETHEUSGOMETRICSENABLED")).isEqualTo("true");
    }

    @ParameterizedTest
    @CsvSource({"1.19.0", "1.20.0", "1.21.0"})
    void k8s112KeepsKops118SubstitutionsWithAutodetection(String release) {
        RenderedAddon a = render(release, CalicoSpec.builder().ipv4AutoDetectionMethod("can-reach=8.8.8.8")
                .cpuRequest("1").build(), "k8s-1.12");
        assertThat(find(a, "ConfigMap", "calico-config").get("data.veth_mtu")).contains("1440");
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "FELIX_IPTABLESBACKEND")).isEqualTo("Legacy");
        assertThat(env(ds, "calico-node", "IP_AUTODETECTION_METHOD")).isEqualTo("can-reach=8.8.8.8");
        assertThat(ds.get("spec.template.spec.containers[0].resources.requests.cpu")).contains(1);
    }

    /** kops-oracle 1.19-1.21 render the spec's IPv6 method in k8s-1.12 too (narrow set, seed 20262018, v1.20.0-calico-001). */
    @ParameterizedTest
    @CsvSource({"1.19.0, can-reach=2001:4860:4860::8888", "1.21.0, can-reach=2001:4860:4860::8888", "1.20.0, "})
    void k8s112WritesTheIpv6AutodetectionMethod(String release, String method) {
        CalicoSpec.Builder spec = CalicoSpec.builder();
        if (method != null) spec.ipv6AutoDetectionMethod(method);
        KubeObject ds = find(render(release, spec.build(), "k8s-1.12"), "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "IP6_AUTODETECTION_METHOD")).isEqualTo(method == null ? "first-found" : method);
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, DoNothing, Always", "1.21.0, DoNothing, Always", "1.22.0, Disable, CrossSubnet"})
    void k8s116EraDefaults(String release, String srcDst, String vxlan) {
        KubeObject ds = find(render(release, CalicoSpec.builder().encapsulationMode("vxlan").build(), "k8s-1.16"),
                "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "FELIX_AWSSRCDSTCHECK")).isEqualTo(srcDst);
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_VXLAN")).isEqualTo(vxlan);
    }

    /**
     * Typha at kops 1.19-1.21 is kops' own render of each template (typha.tsv rows from
     * src/build/derive_calico_templates.py): k8s-1.12 has the Service and Deployment only, no
     * PodDisruptionBudget; before 1.21 the objects carry the template's own networking label.
     */
    @ParameterizedTest
    @CsvSource({"1.19.0, k8s-1.12, false, calico/typha:v3.9.6", "1.20.0, k8s-1.12, false, calico/typha:v3.9.6",
        "1.21.0, k8s-1.12, false, calico/typha:v3.9.6", "1.19.0, k8s-1.16, true, docker.io/calico/typha:v3.17.1",
        "1.21.0, k8s-1.16, true, docker.io/calico/typha:v3.19.1"})
    void typhaIsTheEraTemplates(String release, String templateId, boolean pdb, String image) {
        RenderedAddon a = render(release, CalicoSpec.builder().typhaReplicas(2).build(), templateId);
        java.util.List<String> names = dev.podnet.manifests.yaml.KopsYaml.parse(a.yaml()).stream()
                .map(o -> o.kind() + "/" + o.name()).toList();
        assertThat(names).containsSubsequence("Service/calico-typha", "Deployment/calico-typha", "DaemonSet/calico-node");
        assertThat(names.contains("PodDisruptionBudget/calico-typha")).isEqualTo(pdb);
        KubeObject typha = find(a, "Deployment", "calico-typha");
        assertThat(typha.get("spec.replicas")).contains(2);
        assertThat(typha.container("calico-typha").orElseThrow().get("image")).isEqualTo(image);
        assertThat(typha.get("metadata.labels[\"role.kubernetes.io/networking\"]")).contains("1");
        assertThat(env(typha, "calico-typha", "TYPHA_SHUTDOWNTIMEOUTSECS")).isNull();
    }
}
