package dev.podnet.manifests.kuberouter;

import dev.podnet.Podnet;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;
import dev.podnet.testkit.PodnetAssertions;
import org.junit.jupiter.api.Test;

/**
 * The kube-router ClusterRole's {@code metadata.namespace} (releases.yaml, {@code clusterRoleNamespaced}): kops
 * 1.22 and 1.24 write {@code namespace: kube-system} on it (kops-oracle v1.24.0, {@code kuberouter: {}} with
 * kube-proxy off, Kubernetes 1.23.5), kops 1.26 does not (oracle answer kuberouter-default at v1.26.0); 1.25 has
 * neither a corpus case nor an oracle build and keeps 1.24's form (docs/release-boundaries.md).
 */
class KubeRouterClusterRoleNamespaceTest {

    private static RenderedAddon render(String release) {
        return Podnet.forRelease(release).render(ClusterYaml.read(OracleSpec.aws().kubernetesVersion("1.23.5")
                .networking("kuberouter: {}").block("kubeProxy", "enabled: false").yaml())).addons().get(0);
    }

    @Test
    void namespacedUpTo125NotFrom126() {
        for (String release : new String[] {"1.22", "1.24", "1.25"}) {
            PodnetAssertions.assertThat(render(release)).object("ClusterRole", "kube-router")
                    .hasValue("metadata.namespace", "kube-system");
        }
        for (String release : new String[] {"1.26", "1.27"}) {
            PodnetAssertions.assertThat(render(release)).object("ClusterRole", "kube-router").doesNotHaveValue("metadata.namespace");
        }
    }
}
