package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * kops' image remapping by spec.assets, image by image: each row is what kops-oracle wrote for that image (the
 * addons of every provider; calico.registry set to reach the other registries). The whole manifests are
 * checked against kops in OracleFixtureTest (oracle-assets).
 */
class ImageAssetsTest {
    static ImageAssets proxy(String p) {
        return new ImageAssets(Optional.of(p), Optional.empty(), List.of());
    }

    static ImageAssets registry(String r, String... stripped) {
        return new ImageAssets(Optional.empty(), Optional.of(r), List.of(stripped));
    }

    @ParameterizedTest(name = "{0} via {1}")
    @CsvSource({
        "quay.io/calico/node:v3.9.6, proxy.example.com/, proxy.example.com/calico/node:v3.9.6",
        "docker.io/calico/node:v3.31.3, proxy.example.com, proxy.example.com/calico/node:v3.31.3",
        "quay.io/x/y/calico/node:v3.25.2, proxy.example.com, proxy.example.com/x/y/calico/node:v3.25.2",
        "calico/node:v3.9.6, proxy.example.com, proxy.example.com/calico/node:v3.9.6",
        "kopeio/networking-agent:1.0.20181028, proxy.example.com, proxy.example.com/kopeio/networking-agent:1.0.20181028",
        "quay.io/calico/node:v3.9.6, proxy.example.com//, proxy.example.com//calico/node:v3.9.6",
        "quay.io/calico/node:v3.9.6, '', /calico/node:v3.9.6",
        "registry.k8s.io/networking/kindnet:v1.0.0, proxy.example.com, proxy.example.com/networking/kindnet:v1.0.0",
    })
    void proxyReplacesTheRegistry(String image, String proxy, String expected) {
        assertThat(proxy(proxy).image(image)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
        // kops 1.22: k8s.gcr.io/ dropped, registry.k8s.io/ kept
        "docker.io/calico/node:v3.20.2, registry.example.com, k8s.gcr.io/, registry.example.com/docker.io-calico-node:v3.20.2",
        "k8s.gcr.io/calico/node:v3.20.2, registry.example.com, k8s.gcr.io/, registry.example.com/calico-node:v3.20.2",
        "registry.k8s.io/calico/node:v3.20.2, registry.example.com, k8s.gcr.io/, registry.example.com/registry.k8s.io-calico-node:v3.20.2",
        // kops 1.36: registry.k8s.io/ dropped, k8s.gcr.io/ kept
        "registry.k8s.io/networking/kindnet:v1.0.0, registry.example.com, registry.k8s.io/, registry.example.com/networking-kindnet:v1.0.0",
        "k8s.gcr.io/calico/node:v3.31.3, registry.example.com, registry.k8s.io/, registry.example.com/k8s.gcr.io-calico-node:v3.31.3",
        "calico/node:v3.9.6, registry.example.com, k8s.gcr.io/, registry.example.com/calico-node:v3.9.6",
        // already under the registry: kept; the registry as written (trailing / and empty string)
        "registry.example.com/calico/node:v3.23.1, registry.example.com, k8s.gcr.io/, registry.example.com/calico/node:v3.23.1",
        "registry.example.com/calico/node:v3.23.1, registry.example.com/x, k8s.gcr.io/, registry.example.com/x/registry.example.com-calico-node:v3.23.1",
        "docker.io/calico/node:v3.20.2, reg/, k8s.gcr.io/, reg//docker.io-calico-node:v3.20.2",
        "registry.example.com/calico/node:v3.23.1, '', k8s.gcr.io/, /registry.example.com-calico-node:v3.23.1",
    })
    void registryFlattensTheImage(String image, String registry, String stripped, String expected) {
        assertThat(registry(registry, stripped).image(image)).isEqualTo(expected);
    }

    @Test
    void remapsContainersAndInitContainersOnly() {
        KubeObject ds = KubeObject.of(Map.of("apiVersion", "apps/v1", "kind", "DaemonSet", "metadata", Map.of("name", "n"),
                "spec", Map.of("template", Map.of("spec", Map.of(
                        "initContainers", List.of(Map.of("name", "init", "image", "quay.io/calico/cni:v3")),
                        "containers", List.of(Map.of("name", "node", "image", "quay.io/calico/node:v3")))))));
        KubeObject cm = KubeObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", Map.of("name", "c"),
                "data", Map.of("image", "quay.io/not/a-container:v1")));
        Manifest m = proxy("p.example.com").remap(Manifest.of(ds, cm));
        assertThat(m.get("DaemonSet", "n").get("spec.template.spec.containers[0].image")).contains("p.example.com/calico/node:v3");
        assertThat(m.get("DaemonSet", "n").get("spec.template.spec.initContainers[0].image")).contains("p.example.com/calico/cni:v3");
        assertThat(m.get("ConfigMap", "c")).isSameAs(cm);
    }

    @Test
    void noAssetsLeavesTheManifestAsItIs() {
        Manifest m = Manifest.of(KubeObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", Map.of("name", "c"))));
        assertThat(new ImageAssets(Optional.empty(), Optional.empty(), List.of()).remap(m)).isSameAs(m);
    }
}
