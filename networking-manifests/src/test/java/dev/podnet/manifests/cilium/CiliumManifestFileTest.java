package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import org.junit.jupiter.api.Test;

/**
 * The file name of Cilium's channel entry manifest (releases.yaml {@code manifestFiles}): kops names its templates after
 * the Cilium minor they were written for, which the template id does not carry (kops-oracle 1.19-1.36, corpus).
 */
class CiliumManifestFileTest {

    private static String file(String release, String id, int minor) {
        return CiliumFacts.at(KopsVersion.of(release)).manifestFile(id, minor);
    }

    @Test
    void eachReleaseNamesItsDefaultTemplateAfterItsCiliumMinor() {
        assertThat(file("1.19.0", "k8s-1.12", 8)).isEqualTo("k8s-1.12-v1.8");
        assertThat(file("1.20.0", "k8s-1.12", 9)).isEqualTo("k8s-1.12-v1.9");
        assertThat(file("1.21.0", "k8s-1.12", 9)).isEqualTo("k8s-1.12-v1.9");
        assertThat(file("1.22.0", "k8s-1.16", 10)).isEqualTo("k8s-1.16-v1.10");
        assertThat(file("1.24.0", "k8s-1.16", 11)).isEqualTo("k8s-1.16-v1.11");
        assertThat(file("1.26.0", "k8s-1.16", 12)).isEqualTo("k8s-1.16-v1.12");
        assertThat(file("1.28.0", "k8s-1.16", 13)).isEqualTo("k8s-1.16-v1.13");
    }

    @Test
    void fromKops129TheFileStaysV115WhateverTheCiliumMinor() {
        assertThat(file("1.33.1", "k8s-1.16", 16)).isEqualTo("k8s-1.16-v1.15");
        assertThat(file("1.36.0", "k8s-1.16", 18)).isEqualTo("k8s-1.16-v1.15");
    }

    @Test
    void olderMinorsTakeTheLowestBoundAboveTheirMinor() {
        assertThat(file("1.20.0", "k8s-1.12", 7)).isEqualTo("k8s-1.12");
        assertThat(file("1.20.0", "k8s-1.12", 8)).isEqualTo("k8s-1.12-v1.8");
        assertThat(file("1.21.0", "k8s-1.16", 10)).isEqualTo("k8s-1.16-v1.10");
        assertThat(file("1.22.0", "k8s-1.12", 8)).isEqualTo("k8s-1.12-v1.8");
        assertThat(file("1.24.0", "k8s-1.12", 9)).isEqualTo("k8s-1.12-v1.9");
        assertThat(file("1.24.0", "k8s-1.16", 10)).isEqualTo("k8s-1.16-v1.10");
    }

    @Test
    void anIdWithoutARowIsItsOwnFileName() {
        assertThat(file("1.19.0", "k8s-1.7", 6)).isEqualTo("k8s-1.7");
        assertThat(file("1.19.0", "k8s-1.12", 7)).isEqualTo("k8s-1.12");
        assertThat(file("1.18.0", "k8s-1.12", 8)).isEqualTo("k8s-1.12");
    }
}
