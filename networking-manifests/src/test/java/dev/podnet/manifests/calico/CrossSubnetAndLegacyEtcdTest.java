package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.env;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kops 1.19-1.21's Calico with {@code crossSubnet} on AWS (the k8s-ec2-srcdst objects of srcdst.tsv, Felix's
 * source/destination check, the VXLAN pool) and the k8s-1.7 template's own substitutions (etcd TLS by
 * Kubernetes version, {@code mtu}, {@code cross-subnet}); each pinned by kops-oracle renders of 1.19-1.22.
 */
class CrossSubnetAndLegacyEtcdTest {

    static RenderedAddon render(String release, Cluster c, String templateId) {
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().stream()
                .filter(a -> a.templateId().equals(templateId)).findFirst().orElseThrow();
    }

    static Cluster aws(CalicoSpec spec) {
        return Kops118SubstitutionTest.cluster(spec, Cloud.AWS);
    }

    static List<String> names(RenderedAddon a) {
        return KopsYaml.parse(a.yaml()).stream().map(o -> o.kind() + "/" + o.name()).toList();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, k8s-1.7, true", "1.19.0, k8s-1.12, true", "1.19.0, k8s-1.16, true", "1.20.0, k8s-1.12, true",
        "1.20.0, k8s-1.16, false", "1.21.0, k8s-1.12, true", "1.21.0, k8s-1.16, false", "1.22.0, k8s-1.16, false"})
    void srcDstObjectsWithCrossSubnetOnAws(String release, String templateId, boolean srcDst) {
        List<String> with = names(render(release, aws(CalicoSpec.builder().crossSubnet(true).build()), templateId));
        List<String> srcDstObjects = List.of("ClusterRole/k8s-ec2-srcdst", "ServiceAccount/k8s-ec2-srcdst",
                "ClusterRoleBinding/k8s-ec2-srcdst", "Deployment/k8s-ec2-srcdst");
        if (srcDst) {
            assertThat(with.subList(with.size() - 4, with.size())).isEqualTo(srcDstObjects);
        } else {
            assertThat(with).doesNotContainAnyElementsOf(srcDstObjects);
        }
        assertThat(names(render(release, aws(CalicoSpec.builder().build()), templateId)))
                .doesNotContainAnyElementsOf(srcDstObjects);
        assertThat(names(render(release, Kops118SubstitutionTest.cluster(CalicoSpec.builder().crossSubnet(true).build(),
                Cloud.OPENSTACK), templateId))).doesNotContainAnyElementsOf(srcDstObjects);
    }

    @Test
    void srcDstControllerIdlesWhereFelixDisablesTheCheck() {
        RenderedAddon a = render("1.19.0", aws(CalicoSpec.builder().crossSubnet(true).build()), "k8s-1.16");
        assertThat(find(a, "Deployment", "k8s-ec2-srcdst").get("spec.replicas")).contains(0);
        assertThat(find(render("1.19.0", aws(CalicoSpec.builder().crossSubnet(true).build()), "k8s-1.12"),
                "Deployment", "k8s-ec2-srcdst").get("spec.replicas")).contains(1);
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, Disable, CrossSubnet", "1.21.0, Disable, CrossSubnet", "1.22.0, Enable, CrossSubnet"})
    void crossSubnetOverridesAwsSrcDstCheckUpTo121(String release, String srcDst, String vxlan) {
        KubeObject ds = find(render(release, aws(CalicoSpec.builder().crossSubnet(true).encapsulationMode("vxlan")
                .awsSrcDstCheck("Enable").build()), "k8s-1.16"), "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "FELIX_AWSSRCDSTCHECK")).isEqualTo(srcDst);
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_VXLAN")).isEqualTo(vxlan);
        KubeObject plain = find(render(release, aws(CalicoSpec.builder().encapsulationMode("vxlan").awsSrcDstCheck("Enable")
                .build()), "k8s-1.16"), "DaemonSet", "calico-node");
        assertThat(env(plain, "calico-node", "FELIX_AWSSRCDSTCHECK")).isEqualTo("Enable");
    }

    @Test
    void k8s17MtuAndCrossSubnet() {
        RenderedAddon a = render("1.19.0", aws(CalicoSpec.builder().mtu(8981).crossSubnet(true).build()), "k8s-1.7");
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "FELIX_IPINIPMTU")).isEqualTo("8981");
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_IPIP")).isEqualTo("cross-subnet");
        assertThat(String.valueOf(find(a, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow()))
                .contains("\"log_level\": \"info\",\n      \"mtu\":8981,\n      \"ipam\"");
        RenderedAddon plain = render("1.19.0", aws(CalicoSpec.builder().build()), "k8s-1.7");
        assertThat(env(find(plain, "DaemonSet", "calico-node"), "calico-node", "FELIX_IPINIPMTU")).isNull();
        assertThat(env(find(plain, "DaemonSet", "calico-node"), "calico-node", "CALICO_IPV4POOL_IPIP")).isEqualTo("always");
        assertThat(String.valueOf(find(plain, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow()))
                .doesNotContain("\"mtu\"");
    }

    @Test
    void k8s17WrittenZeroMtuIsRendered() {
        // the template tests the pointer: mtu: 0 written renders "mtu":0 and FELIX_IPINIPMTU "0" (kops-oracle 1.19)
        RenderedAddon a = render("1.19.0", aws(CalicoSpec.builder().mtu(0).build()), "k8s-1.7");
        assertThat(env(find(a, "DaemonSet", "calico-node"), "calico-node", "FELIX_IPINIPMTU")).isEqualTo("0");
        assertThat(String.valueOf(find(a, "ConfigMap", "calico-config").get("data.cni_network_config").orElseThrow()))
                .contains("\"log_level\": \"info\",\n      \"mtu\":0,\n      \"ipam\"");
    }

    @ParameterizedTest
    @CsvSource({"1.11.5, , false", "1.12.0, , true", "1.17.9, false, true", "1.11.5, true, true"})
    void k8s17EtcdTlsFromKubernetes112(String kubernetes, String enableEtcdTls, boolean tls) {
        Cluster base = aws(CalicoSpec.builder().build());
        EtcdCluster.Builder etcd = EtcdCluster.builder().from(base.etcdClusters().get(0));
        if (enableEtcdTls != null) etcd.putExtraFields("enableEtcdTLS", Boolean.valueOf(enableEtcdTls));
        Cluster c = Cluster.builder().from(base).kubernetesVersion(kubernetes).etcdClusters(List.of(etcd.build())).build();
        RenderedAddon a = render("1.19.0", c, "k8s-1.7");
        KubeObject cm = find(a, "ConfigMap", "calico-config");
        assertThat(String.valueOf(cm.get("data.etcd_endpoints").orElseThrow())).startsWith(tls ? "https://etcd-a." : "http://etcd-a.");
        assertThat(String.valueOf(cm.get("data.cni_network_config").orElseThrow()).contains("etcd_scheme")).isEqualTo(tls);
        for (String[] workload : new String[][] {{"DaemonSet", "calico-node", "calico-node"},
                {"Deployment", "calico-kube-controllers", "calico-kube-controllers"},
                {"Deployment", "calico-policy-controller", "calico-policy-controller"}}) {
            KubeObject o = find(a, workload[0], workload[1]);
            assertThat(env(o, workload[2], "ETCD_CERT_FILE") != null).as(workload[1]).isEqualTo(tls);
            assertThat(((List<?>) o.get("spec.template.spec.volumes").orElseThrow()).stream()
                    .anyMatch(v -> "calico".equals(((Map<?, ?>) v).get("name")))).as(workload[1]).isEqualTo(tls);
        }
    }
}
