package dev.podnet.manifests.calico;

import static dev.podnet.manifests.calico.SubstitutionTest.cluster;
import static dev.podnet.manifests.calico.SubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import org.junit.jupiter.api.Test;

/**
 * calico-kube-controllers' PodDisruptionBudget version (pdbV1FromKubernetes, calico/ and canal/ releases.yaml):
 * kops 1.28's k8s-1.22 templates write policy/v1beta1 below Kubernetes 1.23; from kops 1.30 the templates write
 * policy/v1 whatever the Kubernetes version (kops-oracle 1.30, 1.33.1 and 1.36 for Kubernetes 1.16.3-1.22.2,
 * outside the range those releases support).
 */
class PdbApiVersionByReleaseTest {

    static String pdbApiVersion(String release, String kubernetes, ProviderSpec spec) {
        Cluster c = Cluster.builder().from(cluster(spec, "100.64.0.0/10")).kubernetesVersion(kubernetes).build();
        RenderedAddon a = TestRendering.forRelease(KopsVersion.of(release)).render(c).addons().get(0);
        return String.valueOf(find(a, "PodDisruptionBudget", "calico-kube-controllers").get("apiVersion").orElseThrow());
    }

    @Test
    void kops128ConditionsOnKubernetes123() {
        assertThat(pdbApiVersion("1.28.0", "1.22.4", CalicoSpec.builder().build())).isEqualTo("policy/v1beta1");
        assertThat(pdbApiVersion("1.28.0", "1.23.0", CalicoSpec.builder().build())).isEqualTo("policy/v1");
        assertThat(pdbApiVersion("1.28.0", "1.22.4", CanalSpec.builder().build())).isEqualTo("policy/v1beta1");
    }

    @Test
    void fromKops130TheTemplatesNoLongerCondition() {
        assertThat(pdbApiVersion("1.30.0", "1.22.2", CalicoSpec.builder().build())).isEqualTo("policy/v1");
        assertThat(pdbApiVersion("1.30.0", "1.19.7", CanalSpec.builder().build())).isEqualTo("policy/v1");
        assertThat(pdbApiVersion("1.33.1", "1.16.3", CalicoSpec.builder().build())).isEqualTo("policy/v1");
        assertThat(pdbApiVersion("1.36.0", "1.19.7", CalicoSpec.builder().build())).isEqualTo("policy/v1");
    }
}
