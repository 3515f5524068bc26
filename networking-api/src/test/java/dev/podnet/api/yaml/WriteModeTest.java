package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import org.junit.jupiter.api.Test;

/** Write-back in the apiVersion read, canonical or as written ({@link WriteMode}). */
class WriteModeTest {
    private static final String V3 = """
            # the team's cluster
            apiVersion: kops.k8s.io/v1alpha3
            kind: Cluster
            metadata:
              name: x.example.com   # DNS name
              creationTimestamp: "2017-01-01T00:00:00Z"
            spec:
              kubernetesVersion: 1.30.2
              networking:
                subnets:
                - name: a
                  cidr: 172.20.32.0/19   # first zone
                  zone: us-test-1a
                  type: Public
                networkCIDR: 172.20.0.0/16
                calico: {mtu: 1400}
                topology:
                  dns: None
              cloudProvider:
                aws: {}
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata: {name: nodes}   # kept as is
            """;

    @Test
    void v1alpha3IsWrittenBackAsV1alpha3() {
        ClusterDocuments d = ClusterYaml.load(V3);
        String out = ClusterYaml.write(d);
        assertThat(out).startsWith("apiVersion: kops.k8s.io/v1alpha3\n");
        assertThat(out).contains("  networking:\n    calico:\n      mtu: 1400\n    networkCIDR: 172.20.0.0/16\n");
        assertThat(out).contains("    topology:\n      dns: None\n");
        assertThat(ClusterYaml.load(out).cluster()).isEqualTo(d.cluster());
    }

    @Test
    void preserveWithoutAnEditGivesTheTextBack() {
        assertThat(ClusterYaml.write(ClusterYaml.load(V3), WriteMode.PRESERVE)).isEqualTo(V3);
    }

    @Test
    void preserveChangesOnlyTheEditedLines() {
        ClusterDocuments d = ClusterYaml.load(V3);
        Cluster c = d.cluster();
        Cluster edited = c.toBuilder().kubernetesVersion("1.31.0")
                .networking(c.networking().toBuilder().provider(CalicoSpec.builder().mtu(1440).build()).build()).build();
        String out = ClusterYaml.write(d.withCluster(edited), WriteMode.PRESERVE);
        assertThat(out).isEqualTo(V3.replace("1.30.2", "1.31.0").replace("{mtu: 1400}", "{mtu: 1440}"));
    }

    @Test
    void preserveAddsAndRemovesKeysInPlace() {
        ClusterDocuments d = ClusterYaml.load(V3);
        Cluster c = d.cluster();
        Cluster edited = c.toBuilder().networking(c.networking().toBuilder().podCIDR("100.96.0.0/11")
                .networkCIDR(java.util.Optional.empty()).build()).build();
        String out = ClusterYaml.write(d.withCluster(edited), WriteMode.PRESERVE);
        assertThat(out).isEqualTo(V3.replace("    networkCIDR: 172.20.0.0/16\n", "")
                .replace("      dns: None\n", "      dns: None\n    podCIDR: 100.96.0.0/11\n"));
    }

    private static final String MERGED = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: x.example.com
            spec:
              kubernetesVersion: 1.30.1   # shadowed: kops reads the last one
              calicoDefaults: &calico
                mtu: 1400
                typhaReplicas: 2
              networking:
                calico:
                  <<: *calico
                  crossSubnet: true
              kubernetesVersion: 1.30.2
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata: {name: nodes}   # kept as is
            """;

    @Test
    void preserveWithDuplicateAndMergeKeysGivesTheTextBack() {
        ClusterDocuments d = ClusterYaml.load(MERGED);
        assertThat(d.cluster().kubernetesVersion()).hasValue("1.30.2");
        assertThat(ClusterYaml.write(d, WriteMode.PRESERVE)).isEqualTo(MERGED);
    }

    @Test
    void preserveEditsTheValueKopsReadsInPlaceWhenNoOtherValueSharesItsText() {
        // the last of two duplicates is the one read, so the one edited; merge keys elsewhere are kept
        ClusterDocuments d = ClusterYaml.load(MERGED);
        Cluster edited = d.cluster().toBuilder().kubernetesVersion("1.31.0").build();
        String out = ClusterYaml.write(d.withCluster(edited), WriteMode.PRESERVE);
        assertThat(out).isEqualTo(MERGED.replace("kubernetesVersion: 1.30.2", "kubernetesVersion: 1.31.0"));
        assertThat(ClusterYaml.load(out).cluster()).isEqualTo(edited);
    }

    @Test
    void preserveRewritesTheClusterDocumentWhenAnEditWouldChangeSharedText() {
        // mtu is read through the merge from calicoDefaults, whose text spec.calicoDefaults reads too:
        // changing it there would change both, so the Cluster document is written out whole, merges
        // expanded, and the other documents are kept as written
        ClusterDocuments d = ClusterYaml.load(MERGED);
        Cluster c = d.cluster();
        CalicoSpec calico = c.networking().provider(CalicoSpec.class).orElseThrow();
        Cluster edited = c.toBuilder().networking(c.networking().toBuilder()
                .provider(calico.toBuilder().mtu(1500).build()).build()).build();
        String out = ClusterYaml.write(d.withCluster(edited), WriteMode.PRESERVE);
        assertThat(ClusterYaml.load(out).cluster()).isEqualTo(edited);
        assertThat(out).doesNotContain("<<", "*calico", "1.30.1")
                .contains("  calicoDefaults:\n    mtu: 1400\n", "    calico:\n      crossSubnet: true\n      mtu: 1500\n")
                .endsWith("---\napiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nmetadata: {name: nodes}   # kept as is\n");
    }

    @Test
    void preserveRewritesTheClusterDocumentWhenARemovedKeyHasAnEarlierDuplicate() {
        // removing the networkCIDR read (the last) in place would let the shadowed one be read again
        String text = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n"
                + "  networkCIDR: 10.0.0.0/16\n  kubernetesVersion: 1.30.2\n  networkCIDR: 172.20.0.0/16\n";
        ClusterDocuments d = ClusterYaml.load(text);
        assertThat(d.cluster().networking().networkCIDR()).hasValue("172.20.0.0/16");
        Cluster c = d.cluster();
        Cluster edited = c.toBuilder().networking(c.networking().toBuilder().networkCIDR(java.util.Optional.empty()).build()).build();
        String out = ClusterYaml.write(d.withCluster(edited), WriteMode.PRESERVE);
        assertThat(ClusterYaml.load(out).cluster()).isEqualTo(edited);
        assertThat(out).doesNotContain("networkCIDR").contains("  kubernetesVersion: 1.30.2\n");
    }
}
