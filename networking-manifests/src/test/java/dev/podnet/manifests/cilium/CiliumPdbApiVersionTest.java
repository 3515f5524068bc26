package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import org.junit.jupiter.api.Test;

/**
 * The cilium-operator PodDisruptionBudget's version (pdbV1FromKubernetes, releases.yaml): kops 1.25-1.28 keep
 * policy/v1beta1 below Kubernetes 1.23 (kops-oracle 1.28: 1.20.2 and 1.22.4 v1beta1, 1.23.0 v1; the corpus'
 * bootstrapchannelbuilder Cilium cases of 1.25-1.27 at Kubernetes 1.22.0); kops 1.24's one PodDisruptionBudget is
 * policy/v1beta1 (kops-oracle 1.24, Kubernetes 1.21.0-1.23.0); from kops 1.29 policy/v1 whatever the version (the
 * corpus' kops 1.29.0 metrics-server Cilium cases at 1.22.0; kops-oracle 1.30, 1.33.1, 1.36 for 1.16.3-1.22.2).
 */
class CiliumPdbApiVersionTest {

    static String pdbApiVersion(String release, String kubernetes, String cilium) {
        Cluster c = Cluster.builder().name("dev.example.com").kubernetesVersion(kubernetes).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(base(cilium).build()).nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
        RenderedAddon a = TestRendering.forRelease(KopsVersion.of(release)).render(c, RenderStyle.KOPS).addons().get(0);
        return String.valueOf(find(a, "PodDisruptionBudget", "cilium-operator").get("apiVersion").orElseThrow());
    }

    @Test
    void kops128ConditionsOnKubernetes123() {
        assertThat(pdbApiVersion("1.28.0", "1.22.4", "v1.13.5")).isEqualTo("policy/v1beta1");
        assertThat(pdbApiVersion("1.28.0", "1.23.0", "v1.13.5")).isEqualTo("policy/v1");
    }

    @Test
    void kops125To127ConditionOnKubernetes123() {
        assertThat(pdbApiVersion("1.25.0", "1.22.0", "v1.11.8")).isEqualTo("policy/v1beta1");
        assertThat(pdbApiVersion("1.25.0", "1.23.0", "v1.11.8")).isEqualTo("policy/v1");
        assertThat(pdbApiVersion("1.26.0", "1.22.0", "v1.12.5")).isEqualTo("policy/v1beta1");
        assertThat(pdbApiVersion("1.27.0", "1.22.0", "v1.12.10")).isEqualTo("policy/v1beta1");
        assertThat(pdbApiVersion("1.27.0", "1.23.0", "v1.12.10")).isEqualTo("policy/v1");
    }

    @Test
    void kops124KeepsItsOneV1beta1Pdb() {
        assertThat(pdbApiVersion("1.24.0", "1.23.0", "v1.11.6")).isEqualTo("policy/v1beta1");
    }

    @Test
    void fromKops129ThePdbIsV1WhateverTheVersion() {
        assertThat(pdbApiVersion("1.29.0", "1.22.0", "v1.15.4")).isEqualTo("policy/v1");
    }

    @Test
    void fromKops130ThePdbIsV1WhateverTheVersion() {
        assertThat(pdbApiVersion("1.30.0", "1.21.0", "v1.15.6")).isEqualTo("policy/v1");
        assertThat(pdbApiVersion("1.30.0", "1.22.2", "v1.15.6")).isEqualTo("policy/v1");
    }
}
