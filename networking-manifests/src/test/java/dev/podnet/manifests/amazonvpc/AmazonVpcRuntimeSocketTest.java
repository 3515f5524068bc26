package dev.podnet.manifests.amazonvpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** aws-node's dockershim volume follows containerRuntime (kops' k8s-1.16 template; kops oracle 1.19-1.24). */
class AmazonVpcRuntimeSocketTest {

    static KubeObject daemonSet(String path) {
        return KubeObject.of(Map.of("apiVersion", "apps/v1", "kind", "DaemonSet",
                "metadata", Map.of("name", "aws-node"),
                "spec", Map.of("template", Map.of("spec", Map.of("volumes", List.of(
                        Map.of("name", "cni-bin-dir", "hostPath", Map.of("path", "/opt/cni/bin")),
                        Map.of("name", "dockershim", "hostPath", Map.of("path", path))))))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "containerd, /var/run/dockershim.sock, /run/containerd/containerd.sock",
        "containerd, /run/containerd/containerd.sock, /run/containerd/containerd.sock",
        "docker, /run/containerd/containerd.sock, /var/run/dockershim.sock",
        "docker, /var/run/dockershim.sock, /var/run/dockershim.sock",
    })
    void volumeFollowsRuntime(String runtime, String stored, String expected) {
        KubeObject ds = AmazonVpcRenderer.withRuntimeSocket(daemonSet(stored), runtime);
        assertThat(ds.get("spec.template.spec.volumes[1].hostPath.path")).contains(expected);
        assertThat(ds.get("spec.template.spec.volumes[0].hostPath.path")).contains("/opt/cni/bin");
    }
}
