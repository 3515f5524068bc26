package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minimised from HostileInputFuzzTest (seed 20240907, input 5029): Calico's kops 1.18 template
 * lists the first etcd cluster's members; a cluster without etcd clusters is refused with a
 * {@link PodnetException} naming the template, never another exception.
 */
class CalicoKops118Test {
    @Test
    void aClusterWithoutEtcdClustersIsRefusedWithItsReason() {
        Cluster c = Kops118SubstitutionTest.cluster(CalicoSpec.builder().build(), Cloud.AWS).toBuilder()
                .etcdClusters(List.of()).build();
        assertThatThrownBy(() -> TestRendering.forRelease(KopsVersion.of("1.18.0")).render(c))
                .isExactlyInstanceOf(PodnetException.class)
                .hasMessage("networking.projectcalico.org/k8s-1.7: cluster old.example.com has no etcd cluster (the template"
                        + " lists the first one's members as Calico's etcd endpoints)");
    }
}
