package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A subnet's {@code additionalRoutes} in the completed spec, in the comparison of {@link NetworkingSlice}: kops up to 1.22
 * does not know the field (its decoder drops it), from 1.24 it keeps the routes and leaves an empty list or null out
 * (omitempty). Hand probe of kops-oracle (v1.19.0, v1.22.0, v1.24.0, v1.28.0, v1.33.1, v1.36.0) on a Private subnet beside
 * its Utility subnet with Calico; found by the edges set (seed 20261800: v1.20.0-flannel-002, v1.24.0-cilium-002).
 */
class AdditionalRoutesCompletedSpecTest {
    /** A Private subnet with the routes beside its Utility subnet, Calico, a private topology. */
    private static String spec(String kubernetes, String routes) {
        return OracleSpec.aws().kubernetesVersion(kubernetes).block("subnets", """
                - cidr: 172.20.32.0/19
                  name: us-test-1a
                  type: Private
                  zone: us-test-1a
                  additionalRoutes: %s
                - cidr: 172.20.0.0/22
                  name: utility-us-test-1a
                  type: Utility
                  zone: us-test-1a""".formatted(routes))
                .block("topology", "dns:\n  type: Public\nmasters: private\nnodes: private").yaml();
    }
    private static final String ROUTE = "[{cidr: 10.200.0.0/16, target: pcx-12345678}]";

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = ';', value = {
        "1.19.0;1.19.3;" + ROUTE + ";false",
        "1.22.0;1.22.3;" + ROUTE + ";false",
        "1.24.0;1.24.3;" + ROUTE + ";true",
        "1.28.0;1.28.3;" + ROUTE + ";true",
        "1.33.1;1.30.2;" + ROUTE + ";true",
        "1.36.0;1.33.3;" + ROUTE + ";true",
        "1.19.0;1.19.3;[];false",
        "1.24.0;1.24.3;[];false",
        "1.28.0;1.28.3;[];false",
        "1.36.0;1.33.3;[];false",
        "1.22.0;1.22.3;null;false",
        "1.24.0;1.24.3;null;false",
        "1.36.0;1.33.3;null;false",
    })
    void completedAsKops(String release, String kubernetes, String routes, boolean kept) {
        completed(release, kubernetes, routes, kept);
    }

    /**
     * A route's empty cidr is left out (omitempty): kops checks no GCE subnet's routes, so it completes one (kops-oracle
     * 1.36; edges set, seed 20261804, v1.36.0-cni-001).
     */
    @org.junit.jupiter.api.Test
    void emptyRouteCidrLeftOut() {
        String gce = """
                apiVersion: kops.k8s.io/v1alpha2
                kind: Cluster
                metadata:
                  name: minimal.example.com
                spec:
                  cloudProvider: gce
                  project: testproject
                  configBase: memfs://clusters.example.com/minimal.example.com
                  etcdClusters:
                  - etcdMembers:
                    - instanceGroup: master-us-test1-a
                      name: a
                    name: main
                  - etcdMembers:
                    - instanceGroup: master-us-test1-a
                      name: a
                    name: events
                  iam: {}
                  kubernetesVersion: 1.33.3
                  networking:
                    cni: {}
                  nonMasqueradeCIDR: 100.64.0.0/10
                  subnets:
                  - name: us-test1
                    region: us-test1
                    type: Public
                    cidr: 10.0.32.0/19
                    additionalRoutes:
                    - cidr: 192.168.0.0/24
                      target: eigw-12345678
                    - cidr: ""
                      target: pcx-12345678
                """;
        Map<String, Object> slice = NetworkingSlice.of(Podnet.forRelease("1.36.0").complete(ClusterYaml.read(gce)).cluster());
        @SuppressWarnings("unchecked")
        Map<String, Object> subnet = ((List<Map<String, Object>>) slice.get("subnets")).get(0);
        assertThat(subnet.get("additionalRoutes")).isEqualTo(List.of(Map.of("cidr", "192.168.0.0/24", "target", "eigw-12345678"),
                Map.of("target", "pcx-12345678")));
    }

    private static void completed(String release, String kubernetes, String routes, boolean kept) {
        Podnet kops = Podnet.forRelease(release);
        Map<String, Object> slice = NetworkingSlice.of(kops.complete(ClusterYaml.read(spec(kubernetes, routes))).cluster());
        @SuppressWarnings("unchecked")
        Map<String, Object> privateSubnet = ((List<Map<String, Object>>) slice.get("subnets")).get(0);
        assertThat(privateSubnet).containsEntry("name", "us-test-1a");
        if (kept) {
            assertThat(privateSubnet.get("additionalRoutes")).isEqualTo(List.of(Map.of("cidr", "10.200.0.0/16", "target", "pcx-12345678")));
        } else {
            assertThat(privateSubnet).doesNotContainKey("additionalRoutes");
        }
    }
}
