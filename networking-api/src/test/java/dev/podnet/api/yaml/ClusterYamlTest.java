package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.CalicoSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterYamlTest {
    @Test
    void v1alpha3KeepsNetworkFieldsUnderNetworkingAndIsWrittenAsV1alpha2() {
        Cluster c = ClusterYaml.read("""
                apiVersion: kops.k8s.io/v1alpha3
                kind: Cluster
                metadata:
                  name: a.example.com
                spec:
                  cloudProvider:
                    aws: {}
                  networking:
                    networkCIDR: 172.20.0.0/16
                    nonMasqueradeCIDR: 100.64.0.0/10
                    isolateControlPlane: true
                    subnets:
                    - name: a
                      zone: us-east-1a
                      type: Public
                    kubeRouter: {}
                """);
        assertThat(c.networking().networkCIDR()).hasValue("172.20.0.0/16");
        assertThat(c.networking().isolateControlPlane()).hasValue(true);
        assertThat(c.networking().subnets()).hasSize(1);
        assertThat(c.cloud()).hasValue(Cloud.AWS);
        assertThat(c.cloudProvider().orElseThrow().objectForm()).isTrue();
        String out = ClusterYaml.write(c);
        assertThat(out).contains("apiVersion: kops.k8s.io/v1alpha2", "\n  networkCIDR: 172.20.0.0/16",
                "\n  isolateMasters: true", "\n    kuberouter: {}", "cloudProvider:\n    aws: {}");
        assertThat(ClusterYaml.read(out)).isEqualTo(c);
    }

    @Test
    void unknownFieldsSurviveEverywhere() {
        String in = """
                apiVersion: kops.k8s.io/v1alpha2
                kind: Cluster
                metadata:
                  name: a.example.com
                  labels: {team: net}
                spec:
                  api: {dns: {}}
                  kubeProxy:
                    enabled: false
                    metricsBindAddress: 0.0.0.0
                  networking:
                    calico:
                      mtu: 1440
                      futureField: [1, 2]
                  subnets:
                  - name: a
                    additionalRoutes: [{cidr: 10.0.0.0/8, target: pcx-1}]
                status: {phase: x}
                ---
                apiVersion: kops.k8s.io/v1alpha2
                kind: InstanceGroup
                metadata: {name: nodes}
                spec: {role: Node}
                """;
        ClusterDocuments d = ClusterYaml.load(in);
        Cluster c = d.cluster();
        assertThat(c.networking().provider(CalicoSpec.class).orElseThrow().extraFields())
                .containsEntry("futureField", java.util.List.of(1, 2));
        assertThat(c.kubeProxy().orElseThrow().extraFields()).containsEntry("metricsBindAddress", "0.0.0.0");
        assertThat(c.extraSpec()).containsKey("api");
        assertThat(c.extraMetadata()).containsKey("labels");
        assertThat(c.extraFields()).containsKey("status");
        assertThat(c.networking().subnets().get(0).extraFields()).containsKey("additionalRoutes");
        String all = ClusterYaml.write(d);
        assertThat(all).contains("kind: InstanceGroup", "futureField", "metricsBindAddress", "additionalRoutes", "phase: x");
        assertThat(ClusterYaml.load(all).cluster()).isEqualTo(c);
    }

    @Test
    void builderReadsWellAndWritesKopsStrings() {
        Cluster mine = Cluster.builder().name("dev.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                .networking(Networking.of(CalicoSpec.builder().mtu(1440)
                        .encapsulationMode(CalicoSpec.EncapsulationMode.VXLAN).build()))
                .build();
        Map<String, Object> doc = ClusterYaml.toMap(mine);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) doc.get("spec");
        assertThat(spec).containsEntry("cloudProvider", "aws").containsEntry("kubernetesVersion", "1.30.2");
        assertThat(spec.get("networking")).isEqualTo(Map.of("calico", Map.of("mtu", 1440, "encapsulationMode", "vxlan")));
        assertThat(ClusterYaml.read(ClusterYaml.write(mine))).isEqualTo(mine);
    }

    @Test
    void stringsThatLookLikeOtherTypesStayStrings() {
        Cluster c = ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata: {name: a}\n"
                + "spec:\n  kubernetesVersion: \"1.30\"\n  x: \"true\"\n");
        String out = ClusterYaml.write(c);
        assertThat(ClusterYaml.read(out).kubernetesVersion()).hasValue("1.30");
        assertThat(ClusterYaml.read(out).extraSpec()).containsEntry("x", "true");
    }

    /** kops' cloud ids are case-sensitive (kops-oracle 1.24-1.36 refuse "AWS"): the id is kept exactly as written. */
    @Test
    void aCloudIdIsKeptExactlyAsWritten() {
        for (String id : new String[] {"AWS", "Aws", "GCE", " aws"}) {
            Cluster c = ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a.example.com\n"
                    + "spec:\n  cloudProvider: \"" + id + "\"\n");
            assertThat(c.cloud()).as(id).hasValue(Cloud.of(id));
            assertThat(c.cloud().orElseThrow().id()).isEqualTo(id);
            assertThat(c.cloud()).isNotEqualTo(java.util.Optional.of(Cloud.AWS)).isNotEqualTo(java.util.Optional.of(Cloud.GCE));
            assertThat(ClusterYaml.read(ClusterYaml.write(c)).cloud()).as(id).hasValue(Cloud.of(id));
        }
        assertThat(Cloud.of("aws")).isEqualTo(Cloud.AWS);
    }
}
