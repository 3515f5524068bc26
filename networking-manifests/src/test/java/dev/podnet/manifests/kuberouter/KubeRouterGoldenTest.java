package dev.podnet.manifests.kuberouter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.KubeRouterSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.api.render.RenderResult;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins each documented substitution of the kube-router manifest by release (spec §4.4). */
class KubeRouterGoldenTest {

    static Cluster cluster(boolean nft) {
        return Cluster.builder().name("dev.example.com").kubernetesVersion("1.30.2")
                .networking(Networking.builder().serviceClusterIPRange("10.96.0.0/16").podCIDR("10.128.0.0/10")
                        .nonMasqueradeCIDR("10.0.0.0/8")
                        .provider(KubeRouterSpec.builder().useNFTablesForNetpol(nft).build()).build())
                .build();
    }

    @ParameterizedTest(name = "kops {0}")
    @CsvSource({
        "1.19.0, v1.1.1, false, 100m, 1.1.1-kops.1",
        "1.22.0, v1.2.3, false, 100m, 9.99.0",
        "1.27.0, v1.5.3, false, 100m, 9.99.0",
        "1.29.0, v2.1.0, true, 100m, 9.99.0",
        "1.31.0, v2.1.1, true, 100m, 9.99.0",
        "1.34.0, v2.5.0, true, 100m, 9.99.0",
        "1.35.0, v2.7.1, true, 100m, 9.99.0",
        "1.36.0, v2.10.0, true, 250m, ''",
        "1.37.0-alpha.1, v2.11.1, true, 250m, ''",
    })
    void substitutionsByRelease(String release, String tag, boolean serviceRange, String cpu, String version) {
        RenderResult r = TestRendering.forRelease(KopsVersion.of(release)).render(cluster(true));
        // kops 1.18-1.19 also render k8s-1.6 for Kubernetes < 1.12
        assertThat(r.addons()).hasSize(KopsVersion.of(release).isBefore(1, 20) ? 2 : 1);
        var main = r.addons().get(r.addons().size() - 1);
        assertThat(main.templateId()).isEqualTo("k8s-1.12");
        assertThat(main.version()).isEqualTo(version == null ? "" : version);
        KubeObject ds = KopsYaml.parseManifest(main.yaml()).get("DaemonSet", "kube-router");
        String yaml = ds.toYaml();
        assertThat(ds.container("kube-router").orElseThrow().get("image"))
                .isEqualTo("docker.io/cloudnativelabs/kube-router:" + tag);
        assertThat(ds.container("install-cni").orElseThrow().get("image"))
                .isEqualTo("docker.io/cloudnativelabs/kube-router:" + tag);
        assertThat(yaml.contains("--service-cluster-ip-range=\"10.96.0.0/16\"")).isEqualTo(serviceRange);
        assertThat(yaml).contains("cpu: " + cpu);
        assertThat(yaml.contains("--strict-external-ip-validation=false")).isEqualTo(KopsVersion.of(release).isAtLeast(1, 36));
        assertThat(yaml.contains("--use-nftables-for-netpol=true")).isEqualTo(KopsVersion.of(release).isAtLeast(1, 37));
        assertThat(yaml).contains("/var/lib/kube-router/kubeconfig");
        String rbac = KopsYaml.parseManifest(main.yaml()).get("ClusterRole", "kube-router").apiVersion();
        assertThat(rbac).isEqualTo("rbac.authorization.k8s.io/v1");
    }

    /** kops 1.36's template (kops oracle, v1.36.0): the strict external-IP flag leads the args; serviceAccount is also set. */
    @ParameterizedTest(name = "kops {0}")
    @CsvSource({"1.35.0, false", "1.36.0, true"})
    void strictExternalIpFirstAndServiceAccountFrom136(String release, boolean from136) {
        RenderResult r = TestRendering.forRelease(KopsVersion.of(release)).render(cluster(false));
        KubeObject ds = KopsYaml.parseManifest(r.addons().get(0).yaml()).get("DaemonSet", "kube-router");
        Object first = ((java.util.List<?>) ds.container("kube-router").orElseThrow().get("args")).get(0);
        assertThat(first.equals("--strict-external-ip-validation=false")).isEqualTo(from136);
        assertThat(ds.get("spec.template.spec.serviceAccount")).isEqualTo(
                from136 ? java.util.Optional.of("kube-router") : java.util.Optional.empty());
    }
}
