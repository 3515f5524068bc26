package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A provider key the release's kops has no Go field for (provider.yaml {@code blockUnknown}) is dropped by its
 * decoder as an unknown field, and the spec is then judged as if the key were absent. kops-oracle 1.24, 1.28 and
 * 1.30 on {@code networking: {kindnet: {}}}: accepted, completed with kubenet at 1.24 and with no provider at
 * 1.28/1.30; beside {@code calico: {}}, completed and rendered as calico alone.
 */
class UndecodedProviderKeyTest {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();

    @ParameterizedTest
    @CsvSource({"1.19.0, true", "1.24.0, true", "1.30.0, true", "1.31.0, true", "1.32.0, false", "1.36.0, false"})
    void theKindnetBlockIsUndecodedBefore132(String release, boolean undecoded) {
        KopsVersion r = KopsVersion.of(release);
        assertThat(E.undecodedFields(r, ProviderKind.KINDNET).contains("spec.networking.kindnet")).isEqualTo(undecoded);
        assertThat(E.undecodedFields(r).contains("spec.networking.kindnet")).isEqualTo(undecoded);
    }

    @Test
    void everyOtherProviderKeyIsDecodedWhereItsTableSaysNothing() {
        KopsVersion r = KopsVersion.of("1.24.0");
        for (ProviderKind kind : ProviderKind.values()) {
            if (kind == ProviderKind.KINDNET) continue;
            assertThat(E.undecodedFields(r, kind)).doesNotContain("spec.networking." + kind.key());
        }
    }

    @ParameterizedTest
    @CsvSource({"1.24.0, 1.24.0", "1.28.0, 1.28.0", "1.30.0, 1.30.0"})
    void kindnetAloneIsReadAsNoProviderBefore132(String release, String kubernetes) {
        Podnet p = Podnet.forRelease(release);
        Cluster c = p.read(MinimalClusters.v1alpha2(kubernetes, "    kindnet: {}"));
        assertThat(c.networking().provider()).isEmpty();
        assertThat(c.networking().extraFields()).doesNotContainKey("kindnet");
        assertThat(p.validate(c).errors()).noneMatch(d -> d.detail().contains("kindnet"));
    }

    @Test
    void kindnetAloneCompletesAsKubenetAt124() {
        Podnet p = Podnet.forRelease("1.24.0");
        Cluster done = p.complete(p.read(MinimalClusters.v1alpha2("1.24.0", "    kindnet: {}"))).cluster();
        assertThat(done.networking().provider().map(s -> s.kind())).contains(ProviderKind.KUBENET);
    }

    @ParameterizedTest
    @CsvSource({"1.24.0, 1.24.0", "1.30.0, 1.30.0"})
    void kindnetBesideCalicoIsCalicoAloneBefore132(String release, String kubernetes) {
        Podnet p = Podnet.forRelease(release);
        Cluster c = p.read(MinimalClusters.v1alpha2(kubernetes, "    kindnet: {}\n    calico: {}"));
        assertThat(c.networking().provider().map(s -> s.kind())).contains(ProviderKind.CALICO);
        assertThat(c.networking().extraFields()).isEmpty();
        assertThat(p.validate(p.complete(c)).hasErrors()).isFalse();
    }

    @Test
    void kindnetIsReadFrom132() {
        Cluster c = Podnet.forRelease("1.33.0").read(MinimalClusters.v1alpha2("1.33.0", "    kindnet: {}"));
        assertThat(c.networking().provider().map(s -> s.kind())).contains(ProviderKind.KINDNET);
    }

    @ParameterizedTest
    @CsvSource({"1.24.0, amazonVPC", "1.24.0, kubeRouter", "1.24.0, gcp", "1.33.0, amazonVPC", "1.33.0, kubeRouter",
            "1.33.0, gcp"})
    void v1alpha3ProviderKeysAreDroppedInAV1alpha2Document(String release, String key) {
        // kops-oracle 1.24 and 1.33.1: each alone completes as kubenet at 1.24 and with no provider at 1.33
        Cluster c = Podnet.forRelease(release).read(MinimalClusters.v1alpha2(release, "    " + key + ": {}"));
        assertThat(c.networking().provider()).isEmpty();
        assertThat(c.networking().extraFields()).doesNotContainKey(key);
    }

    @ParameterizedTest
    @CsvSource({"amazonvpc, AMAZON_VPC", "kuberouter, KUBE_ROUTER", "gce, GCP"})
    void v1alpha2ProviderKeysAreReadInAV1alpha2Document(String key, ProviderKind kind) {
        Cluster c = Podnet.forRelease("1.24.0").read(MinimalClusters.v1alpha2("1.24.0", "    " + key + ": {}"));
        assertThat(c.networking().provider().map(s -> s.kind())).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"1.30.0, 1.30.2, kuberouter", "1.30.0, 1.30.2, classic", "1.30.0, 1.30.2, romana",
            "1.36.0, 1.34.9, lyftvpc", "1.36.0, 1.34.9, gce", "1.36.0, 1.34.9, amazonvpc"})
    void v1alpha2OnlyProviderKeysAreDroppedInAV1alpha3Document(String release, String kubernetes, String key) {
        // kops-oracle 1.30 and 1.36: accepted with no provider and no networking addon, where the same key in a
        // v1alpha2 document is refused (kube-router's kube-proxy, classic, Romana, Lyft VPC, GCP off GCE) or renders
        // Amazon VPC
        Podnet p = Podnet.forRelease(release);
        Cluster c = p.read(MinimalClusters.v1alpha3(kubernetes, "    " + key + ": {}"));
        assertThat(c.networking().provider()).isEmpty();
        assertThat(p.validate(p.complete(c)).hasErrors()).isFalse();
        assertThat(p.validate(p.complete(p.read(MinimalClusters.v1alpha2(kubernetes, "    " + key + ": {}")))).hasErrors())
                .isEqualTo(!key.equals("amazonvpc"));
    }

    @ParameterizedTest
    @CsvSource({"1.30.0, 1.30.2", "1.36.0, 1.34.9"})
    void kubeRouterIsReadInAV1alpha3DocumentAndRefusedWithKubeProxy(String release, String kubernetes) {
        // kops-oracle 1.30 and 1.36: "kube-router requires kubeProxy to be disabled", with or without kuberouter beside
        Podnet p = Podnet.forRelease(release);
        Cluster c = p.read(MinimalClusters.v1alpha3(kubernetes, "    kuberouter: {}\n    kubeRouter: {}"));
        assertThat(c.networking().provider().map(s -> s.kind())).contains(ProviderKind.KUBE_ROUTER);
        assertThat(p.validate(p.complete(c)).errors()).anyMatch(d -> d.detail().contains("kube-router requires kubeProxy"));
    }
}
