package dev.podnet.testkit;

import static dev.podnet.testkit.PodnetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import org.junit.jupiter.api.Test;

class RenderedAddonAssertTest {
    private final RenderedAddon addon = Addons.calico();

    @Test
    void passingChainsReadLikeTheManifest() {
        assertThat(addon).daemonSet("calico-node")
                .hasValue("spec.template.spec.hostNetwork", true)
                .hasLabel("k8s-app", "calico-node")
                .hasVolume("lib-modules")
                .usesImage("docker.io/calico/cni:v3.28.1")
                .container("calico-node").hasEnv("CALICO_IPV4POOL_VXLAN", "CrossSubnet")
                .doesNotHaveEnv("CALICO_IPV6POOL_CIDR").hasImage("docker.io/calico/node:v3.28.1")
                .hasArg("--mtu=1440").doesNotHaveArg("--mtu=9001").mounts("lib-modules", "/lib/modules")
                .and().container("install-cni").hasImage("docker.io/calico/cni:v3.28.1");
        assertThat(addon).configMap("calico-config").hasData("veth_mtu", "8981");
        assertThat(addon).hasObject("ClusterRole", "calico-node").doesNotHaveObject("Deployment", "calico-typha")
                .usesImage("docker.io/calico/node:v3.28.1");
    }

    @Test
    void missingObjectListsTheObjectsAndMarksNearMisses() {
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-nodes"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting networking.projectcalico.org/k8s-1.25.yaml to have a DaemonSet named calico-nodes")
                .hasMessageContaining("  * DaemonSet kube-system/calico-node")
                .hasMessageContaining("    ConfigMap kube-system/calico-config");
        assertThatThrownBy(() -> assertThat(addon).doesNotHaveObject("ClusterRole", "calico-node"))
                .hasMessageContaining("to have no ClusterRole named calico-node but it has one");
    }

    @Test
    void wrongEnvShowsObjectPathAndNeighbouringVariables() {
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .hasEnv("CALICO_IPV4POOL_IPIP", "Always"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting env CALICO_IPV4POOL_IPIP of DaemonSet kube-system/calico-node "
                        + "(networking.projectcalico.org/k8s-1.25.yaml), container calico-node")
                .hasMessageContaining("to be \"Always\"")
                .hasMessageContaining("but was \"Never\"")
                .hasMessageContaining("  > CALICO_IPV4POOL_IPIP=\"Never\"")
                .hasMessageContaining("    CALICO_IPV4POOL_VXLAN=\"CrossSubnet\"")
                .hasMessageContaining("FELIX_TYPHAK8SSERVICENAME from {configMapKeyRef=");
    }

    @Test
    void envFromAConfigMapIsNotALiteralValue() {
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .hasEnv("FELIX_IPINIPMTU", "8981"))
                .hasMessageContaining("but it comes from {configMapKeyRef=");
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .hasEnv("NO_SUCH", "1"))
                .hasMessageContaining("but it is not set");
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .doesNotHaveEnv("DATASTORE_TYPE"))
                .hasMessageContaining("not to set env DATASTORE_TYPE but it does");
    }

    @Test
    void wrongValueShowsTheKeysBesideIt() {
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").hasValue("spec.template.spec.hostNetwork", false))
                .hasMessageContaining("Expecting spec.template.spec.hostNetwork of DaemonSet kube-system/calico-node")
                .hasMessageContaining("but was true")
                .hasMessageContaining("spec.template.spec:")
                .hasMessageContaining("  > hostNetwork: true")
                .hasMessageContaining("    priorityClassName: \"system-node-critical\"");
        assertThatThrownBy(() -> assertThat(addon).configMap("calico-config").hasData("veth_mtu", "1440"))
                .hasMessageContaining("Expecting data[veth_mtu] of ConfigMap kube-system/calico-config")
                .hasMessageContaining("  > veth_mtu: \"8981\"")
                .hasMessageContaining("calico_backend: \"bird\"");
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").doesNotHaveValue("metadata.labels[\"k8s-app\"]"))
                .hasMessageContaining("not to be set")
                .hasMessageContaining("metadata.labels:");
    }

    @Test
    void numbersCompareByValue() {
        assertThat(addon.manifest().get("DaemonSet", "calico-node")).hasValue("spec.template.spec.hostNetwork", true);
        RenderedAddon withReplicas = RenderedAddon.builder().from(addon).documents(java.util.List.of(java.util.Map.of(
                "kind", "Deployment", "metadata", java.util.Map.of("name", "d"), "spec", java.util.Map.of("replicas", 3))))
                .build();
        assertThat(withReplicas).deployment("d").hasValue("spec.replicas", 3L).hasValue("spec.replicas", 3);
        assertThatThrownBy(() -> assertThat(withReplicas).deployment("d").hasValue("spec.replicas", "3"))
                .hasMessageContaining("but was 3");
    }

    @Test
    void missingContainerImageAndArgListWhatThereIs() {
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico"))
                .hasMessageContaining("container calico-node")
                .hasMessageContaining("init container install-cni");
        assertThatThrownBy(() -> assertThat(addon).usesImage("docker.io/calico/node:v3.29.0"))
                .hasMessageContaining("docker.io/calico/node:v3.28.1");
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node").hasArg("--mtu=9001"))
                .hasMessageContaining("  > \"--mtu=1440\"");
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .hasResources(java.util.Map.of("requests", java.util.Map.of("cpu", "250m"))))
                .hasMessageContaining("resources of DaemonSet kube-system/calico-node (networking.projectcalico.org/k8s-1.25.yaml), container calico-node")
                .hasMessageContaining("but were {}");
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .mounts("lib-modules", "/lib"))
                .hasMessageContaining("lib-modules at /lib/modules");
    }

    @Test
    void renderResultOpensItsAddons() {
        RenderResult result = RenderResult.builder().addAddons(addon).addGuidance("apply a CNI").build();
        assertThat(result).hasGuidanceContaining("CNI").singleAddon().daemonSet("calico-node");
        assertThat(result).addon("networking.projectcalico.org").configMap("calico-config");
        assertThatThrownBy(() -> assertThat(result).addon("networking.cilium.io"))
                .hasMessageContaining("networking.projectcalico.org/k8s-1.25.yaml");
        assertThatThrownBy(() -> assertThat(result).hasNoAddons()).hasMessageContaining("there are 1");
        assertThatThrownBy(() -> assertThat(RenderResult.builder().build()).singleAddon())
                .hasMessageContaining("exactly one addon but there are 0");
    }

    @Test
    void standAloneContainerHasNoObjectToGoBackTo() {
        var container = addon.manifest().get("DaemonSet", "calico-node").container("calico-node").orElseThrow();
        assertThat(container).hasEnv("DATASTORE_TYPE", "kubernetes");
        assertThatThrownBy(() -> assertThat(container).and()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void appliedPatchesAreCounted() {
        var patch = dev.podnet.api.render.ManifestPatch.jsonPatch(
                dev.podnet.api.render.PatchTarget.of("DaemonSet", "kube-system", "calico-node"),
                dev.podnet.api.render.PatchOperation.remove("/spec/template/spec/hostNetwork"));
        assertThat(addon).hasAppliedPatches(0);
        assertThat(RenderedAddon.builder().from(addon).addAppliedPatches(patch).build()).hasAppliedPatches(1);
        assertThatThrownBy(() -> assertThat(addon).hasAppliedPatches(1))
                .hasMessageContaining("to have 1 applied patch(es) but it has 0");
    }
}
