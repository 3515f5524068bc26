package dev.podnet.testkit;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cluster fixtures: a small spec such as {@code kops create cluster} writes for one zone of a cloud,
 * to which a test adds its provider and options. Each value is a fresh, immutable
 * {@link ClusterFixture}; nothing is shared between tests.
 *
 * <pre>{@code
 * Cluster calico = Clusters.aws().withCalico(c -> c.encapsulationMode("vxlan")).kubernetesVersion("1.30.2").build();
 * Cluster eni = Clusters.aws().withCilium(c -> c.ipam("eni")).build();
 * }</pre>
 */
public final class Clusters {
    /** The Kubernetes version a fixture has unless a test sets another (accepted by kops 1.26 to 1.30 and later). */
    public static final String KUBERNETES_VERSION = "1.30.2";

    private Clusters() {
    }

    /** @return a public one-zone AWS cluster ({@code us-east-1a}, VPC {@code 172.20.0.0/16}), no provider yet */
    public static ClusterFixture aws() {
        return on(Cloud.AWS, "us-east-1a", "172.20.0.0/16", "172.20.32.0/19");
    }

    /** @return a GCE cluster with one regional subnet ({@code us-central1}), no provider yet */
    public static ClusterFixture gce() {
        Subnet regional = Subnet.builder().name("us-central1").region("us-central1").cidr("10.0.16.0/20").type("Public")
                .build();
        return on(Cloud.GCE, null, regional);
    }

    private static ClusterFixture on(Cloud cloud, String zone, String networkCIDR, String subnetCIDR) {
        return on(cloud, networkCIDR, Subnet.builder().name(zone).zone(zone).cidr(subnetCIDR).type("Public").build());
    }

    private static ClusterFixture on(Cloud cloud, String networkCIDR, Subnet subnet) {
        Networking.Builder net = Networking.builder().subnets(List.of(subnet));
        if (networkCIDR != null) net.networkCIDR(networkCIDR);
        // the iam block kops create cluster writes: kops 1.19-1.22 refuse a spec without one as legacy IAM
        Map<String, Object> iam = new LinkedHashMap<>();
        iam.put("allowContainerRegistry", true);
        iam.put("legacy", false);
        Cluster c = Cluster.builder().name("fixture.example.com").cloud(cloud).kubernetesVersion(KUBERNETES_VERSION)
                .putExtraSpec("iam", iam).networking(net.build()).build();
        return new ClusterFixture(c);
    }
}
