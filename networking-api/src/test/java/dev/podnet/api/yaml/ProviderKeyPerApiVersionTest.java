package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each apiVersion's Go type decodes a provider under one key only; a key it has no field for is dropped unread.
 * kops-oracle 1.30 and 1.36 on v1alpha3 documents: {@code amazonvpc}, {@code kuberouter}, {@code gce},
 * {@code classic}, {@code lyftvpc} and {@code romana} alone complete with no provider (where a v1alpha2 document
 * renders Amazon VPC, or refuses kube-router's kube-proxy, GCP off GCE, classic, Lyft VPC and Romana), beside
 * {@code calico} as calico alone; {@code amazonVPC}, {@code kubeRouter} and {@code gcp} are decoded.
 */
class ProviderKeyPerApiVersionTest {
    private static final String V2 = NetworkingHeads.V2;
    private static final String V3 = NetworkingHeads.V3;

    private static Cluster read(String head, String networking) {
        return ClusterYaml.load(head + networking).cluster();
    }

    @ParameterizedTest
    @CsvSource({"amazonvpc", "kuberouter", "gce", "classic", "lyftvpc", "romana"})
    void aKeyV1alpha3HasNoFieldForIsDroppedWithAWarning(String key) {
        ClusterDocuments d = ClusterYaml.load(V3 + "    " + key + ": {}\n");
        assertThat(d.cluster().networking().provider()).isEmpty();
        assertThat(d.cluster().networking().extraFields()).doesNotContainKey(key);
        assertThat(d.findings().lines()).singleElement().asString()
                .startsWith("spec.networking." + key + ": Forbidden: kops.k8s.io/v1alpha3 has no field spec.networking."
                        + key + ": kops drops it when decoding");
    }

    @ParameterizedTest
    @CsvSource({"amazonvpc, AMAZON_VPC", "kuberouter, KUBE_ROUTER", "gce, GCP", "classic, CLASSIC", "lyftvpc, LYFT_VPC",
            "romana, ROMANA"})
    void theSameKeyIsReadInAV1alpha2Document(String key, ProviderKind kind) {
        assertThat(read(V2, "    " + key + ": {}\n").networking().provider().map(p -> p.kind())).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"amazonVPC, AMAZON_VPC", "kubeRouter, KUBE_ROUTER", "gcp, GCP", "calico, CALICO", "weave, WEAVE",
            "external, EXTERNAL", "kindnet, KINDNET"})
    void v1alpha3ReadsItsOwnKeys(String key, ProviderKind kind) {
        assertThat(read(V3, "    " + key + ": {}\n").networking().provider().map(p -> p.kind())).contains(kind);
    }

    @Test
    void besideAnotherProviderOnlyThatOneIsRead() {
        Cluster c = read(V3, "    kuberouter: {}\n    calico: {}\n");
        assertThat(c.networking().provider().map(p -> p.kind())).contains(ProviderKind.CALICO);
        assertThat(c.networking().extraFields()).isEmpty();
    }

    @Test
    void bothSpellingsReadTheVersionsOwn() {
        // kops-oracle 1.30 / 1.36: amazonvpc + amazonVPC in a v1alpha3 document renders Amazon VPC from amazonVPC
        Cluster c = read(V3, "    amazonvpc: {}\n    amazonVPC: {}\n");
        assertThat(c.networking().provider().map(p -> p.kind())).contains(ProviderKind.AMAZON_VPC);
        assertThat(c.networking().extraFields()).isEmpty();
    }

    @Test
    void theHintNamesTheVersionsKeyWhereItHasOne() {
        ClusterDocuments d = ClusterYaml.load(V3 + "    romana: {}\n");
        assertThat(d.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.hint()).contains("use a kops.k8s.io/v1alpha2 document, or remove it");
            assertThat(f.rule()).contains("yaml.undecoded-provider");
        });
        ClusterDocuments k = ClusterYaml.load(V3 + "    kuberouter: {}\n");
        assertThat(k.findings().all()).singleElement().extracting(f -> f.hint().orElseThrow())
                .isEqualTo("write it as spec.networking.kubeRouter in a kops.k8s.io/v1alpha3 document");
    }
}
