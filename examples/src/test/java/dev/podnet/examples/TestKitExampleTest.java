package dev.podnet.examples;

import static dev.podnet.testkit.PodnetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.testkit.Clusters;
import org.junit.jupiter.api.Test;

/**
 * The README's test-kit example, as a user's test reads: fixtures from {@link Clusters}, the real
 * engines through {@link Podnet}, assertions from {@code PodnetAssertions}.
 */
class TestKitExampleTest {
    private final Podnet kops130 = Podnet.forRelease("1.30");

    @Test
    void calicoOnAwsIsCompletedAndRendered() {
        Cluster cluster = Clusters.aws().withCalico().build();
        var completion = kops130.complete(cluster);
        assertThat(completion).isCompletedBy("1.30.0")
                .defaulted("spec.networking.calico.encapsulationMode").to("ipip");
        assertThat(kops130.validate(completion)).hasNoErrors();
        assertThat(kops130.render(completion)).singleAddon()
                // kops 1.30 on AWS: IP-in-IP only across subnets (checked with kops-oracle v1.30.0)
                .daemonSet("calico-node").container("calico-node").hasEnv("CALICO_IPV4POOL_IPIP", "CrossSubnet")
                .hasEnv("CALICO_IPV4POOL_VXLAN", "Never");
    }

    @Test
    void theReadmeExample() {
        Podnet kops130 = Podnet.forRelease("1.30");
        Cluster cluster = Clusters.aws().withCalico(c -> c.encapsulationMode("vxlan").mtu(8981)).build();

        assertThat(kops130.complete(cluster)).defaulted("spec.nonMasqueradeCIDR").to("100.64.0.0/10");
        assertThat(kops130.render(cluster)).singleAddon()
                .daemonSet("calico-node").container("calico-node").hasEnv("CALICO_IPV4POOL_VXLAN", "CrossSubnet");
        assertThat(kops130.validate(kops130.complete(Clusters.gce().withCilium(c -> c.ipam("eni")).build())))
                .hasError("spec.networking.cilium.ipam", ErrorType.FORBIDDEN);
    }

    @Test
    void vxlanChangesThePoolModes() {
        Cluster cluster = Clusters.aws().withCalico(c -> c.encapsulationMode("vxlan").mtu(8981)).build();
        assertThat(kops130.complete(cluster)).notDefaulted("spec.networking.calico.mtu");
        assertThat(kops130.render(cluster)).addon("networking.projectcalico.org")
                .configMap("calico-config").hasData("veth_mtu", "8981");
        assertThat(kops130.render(cluster)).singleAddon().daemonSet("calico-node").container("calico-node")
                .hasEnv("CALICO_IPV4POOL_IPIP", "Never").hasEnv("CALICO_IPV4POOL_VXLAN", "CrossSubnet");
    }

    @Test
    void ciliumEniOutsideAwsIsAnError() {
        Cluster eniOnGce = Clusters.gce().withCilium(c -> c.ipam("eni")).build();
        assertThat(kops130.validate(kops130.complete(eniOnGce))).hasError("spec.networking.cilium.ipam", ErrorType.FORBIDDEN);
        assertThat(kops130.validate(kops130.complete(Clusters.aws().withCilium(c -> c.ipam("eni")).build()))).hasNoErrors();
    }

    @Test
    void everyCloudFixtureIsValidWithEachCommonProvider() {
        for (var fixture : new dev.podnet.testkit.ClusterFixture[] {Clusters.aws(), Clusters.gce()}) {
            for (Cluster c : new Cluster[] {fixture.withCalico().build(), fixture.withCilium().build(),
                    fixture.withKubenet().build()}) {
                assertThat(kops130.validate(kops130.complete(c))).as(c.cloudProvider() + " " + c.networking().providerKind())
                        .hasNoErrors();
            }
        }
    }

    @Test
    void aFailingAssertionNamesTheObjectAndShowsItsNeighbours() {
        var addon = kops130.render(Clusters.aws().withCalico().build()).addons().get(0);
        assertThatThrownBy(() -> assertThat(addon).daemonSet("calico-node").container("calico-node")
                .hasEnv("CALICO_IPV4POOL_IPIP", "Always"))
                .hasMessageContaining("Expecting env CALICO_IPV4POOL_IPIP of DaemonSet kube-system/calico-node "
                        + "(networking.projectcalico.org/k8s-1.25.yaml), container calico-node")
                .hasMessageContaining("but was \"CrossSubnet\"")
                .hasMessageContaining("  > CALICO_IPV4POOL_IPIP=\"CrossSubnet\"")
                .hasMessageContaining("    CALICO_IPV4POOL_VXLAN=\"Never\"");
    }

    @Test
    void aWrongValueShowsTheKeysBesideIt() {
        var addon = kops130.render(Clusters.aws().withCalico().build()).addons().get(0);
        assertThatThrownBy(() -> assertThat(addon).deployment("calico-kube-controllers").hasValue("spec.replicas", 3))
                .hasMessageContaining("Expecting spec.replicas of Deployment kube-system/calico-kube-controllers")
                .hasMessageContaining("  > replicas: 1");
    }
}
