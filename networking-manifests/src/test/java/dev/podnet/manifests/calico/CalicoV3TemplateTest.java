package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.env;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code majorVersion: v3} chooses kops 1.18-1.19's k8s-1.7-v3 entry instead of k8s-1.7 (templates.tsv's
 * conditional row, CalicoRenderer.entryCondition) and that template's own substitutions
 * (CalicoKops118Edits); kops-oracle 1.19-1.21.
 */
class CalicoV3TemplateTest {

    static List<String> ids(String release, CalicoSpec spec) {
        Cluster c = Kops118SubstitutionTest.cluster(spec, Cloud.AWS);
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().stream()
                .map(RenderedAddon::templateId).toList();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0, v3, 'k8s-1.12,k8s-1.16,k8s-1.7-v3'", "1.19.0, '', 'k8s-1.12,k8s-1.16,k8s-1.7'",
        "1.20.0, v3, 'k8s-1.12,k8s-1.16'", "1.21.0, v3, 'k8s-1.12,k8s-1.16'"})
    void majorVersionV3ReplacesTheK8s17EntryUpTo119(String release, String majorVersion, String expected) {
        CalicoSpec.Builder s = CalicoSpec.builder();
        if (!majorVersion.isEmpty()) {
            s.majorVersion(majorVersion);
        }
        assertThat(ids(release, s.build())).containsExactly(expected.split(","));
    }

    @Test
    void theV3EntryKeepsItsRangeAndChannelVersion() {
        ManifestData data = ManifestData.of("calico", RenderCaches.withCapacity(0));
        assertThat(data.rangedTemplates(19, "majorVersion=v3"::equals)).filteredOn(t -> t.templateId().equals("k8s-1.7-v3"))
                .singleElement().satisfies(t -> {
                    assertThat(t.kubernetesVersion()).contains("<1.12.0");
                    assertThat(t.version()).isEqualTo("3.8.0-kops.2");
                });
        assertThat(data.rangedTemplates(19)).extracting(ManifestData.RangedTemplate::templateId)
                .containsExactly("k8s-1.12", "k8s-1.16", "k8s-1.7");
    }

    @Test
    void kops118WithV3IsRefusedForWantOfItsObjects() {
        Cluster c = Kops118SubstitutionTest.cluster(CalicoSpec.builder().majorVersion("v3").build(), Cloud.AWS);
        assertThatThrownBy(() -> TestRendering.forRelease(KopsVersion.of("1.18.0")).render(c))
                .isInstanceOf(PodnetException.class).hasMessageContaining("k8s-1.7-v3");
    }

    @Test
    void v3TemplateSubstitutions() {
        CalicoSpec s = CalicoSpec.builder().majorVersion("v3").crossSubnet(true).logSeverityScreen("warning")
                .prometheusMetricsPort(9999).mtu(1400).ipipMode("Never").build();
        RenderedAddon a = CrossSubnetAndLegacyEtcdTest.render("1.19.0", CrossSubnetAndLegacyEtcdTest.aws(s), "k8s-1.7-v3");
        KubeObject ds = find(a, "DaemonSet", "calico-node");
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_IPIP")).isEqualTo("CrossSubnet");
        assertThat(env(ds, "calico-node", "CALICO_IPV4POOL_CIDR")).isEqualTo("10.200.0.0/16");
        assertThat(env(ds, "calico-node", "FELIX_LOGSEVERITYSCREEN")).isEqualTo("warning");
        assertThat(env(ds, "calico-node", "FELIX_PROMETHEUSMETRICSPORT")).isEqualTo("9999");
        assertThat(env(ds, "calico-node", "FELIX_IPINIPMTU")).isNull();
        assertThat(find(a, "ConfigMap", "calico-config").get("data.etcd_endpoints")).contains(
                "https://etcd-a.internal.old.example.com:4001,https://etcd-b.internal.old.example.com:4001,"
                        + "https://etcd-c.internal.old.example.com:4001");
        assertThat(CrossSubnetAndLegacyEtcdTest.names(a)).endsWith("Deployment/k8s-ec2-srcdst");
        KubeObject plain = find(CrossSubnetAndLegacyEtcdTest.render("1.19.0", CrossSubnetAndLegacyEtcdTest.aws(
                CalicoSpec.builder().majorVersion("v3").ipipMode("Never").build()), "k8s-1.7-v3"), "DaemonSet", "calico-node");
        assertThat(env(plain, "calico-node", "CALICO_IPV4POOL_IPIP")).isEqualTo("Always");
    }

    @Test
    void withoutEtcdTlsInitContainersLoseTheirCertificates() {
        Cluster base = CrossSubnetAndLegacyEtcdTest.aws(CalicoSpec.builder().majorVersion("v3").build());
        Cluster c = Cluster.builder().from(base).kubernetesVersion("1.11.5").build();
        RenderedAddon a = CrossSubnetAndLegacyEtcdTest.render("1.19.0", c, "k8s-1.7-v3");
        assertThat(a.yaml()).doesNotContain("CALICO_ETCD_CERT_FILE").doesNotContain("CALICO_APIV1_ETCD_KEY_FILE")
                .doesNotContain("/srv/kubernetes/calico").contains("http://etcd-a.internal.old.example.com:4001");
        KubeObject job = find(a, "Job", "calico-complete-upgrade-v331");
        assertThat(job.get("spec.template.spec.initContainers[0].volumeMounts").map(Object::toString).orElse(""))
                .doesNotContain("/certs");
    }
}
