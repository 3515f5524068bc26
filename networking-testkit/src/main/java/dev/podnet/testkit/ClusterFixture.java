package dev.podnet.testkit;

import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.KindnetSpec;
import dev.podnet.api.provider.KubeRouterSpec;
import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.provider.ProviderSpec;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An immutable cluster fixture (from {@link Clusters}): every method returns a new fixture with one
 * more setting; {@link #build()} gives the {@link Cluster}. Provider methods replace the provider.
 */
public final class ClusterFixture {
    private final Cluster cluster;

    ClusterFixture(Cluster cluster) {
        this.cluster = cluster;
    }

    /** @return the spec, ready for {@code Podnet.complete}, {@code validate} or {@code render} */
    public Cluster build() {
        return cluster;
    }

    /**
     * @param name {@code metadata.name}
     * @return the fixture with that name
     */
    public ClusterFixture name(String name) {
        return new ClusterFixture(cluster.toBuilder().name(name).build());
    }

    /**
     * @param version {@code spec.kubernetesVersion}, e.g. {@code 1.33.1}
     * @return the fixture with that Kubernetes version
     */
    public ClusterFixture kubernetesVersion(String version) {
        return new ClusterFixture(cluster.toBuilder().kubernetesVersion(version).build());
    }

    /**
     * @param edit an edit of {@code spec.networking} (CIDRs, topology, subnets)
     * @return the fixture with the edited networking
     */
    public ClusterFixture networking(UnaryOperator<Networking.Builder> edit) {
        Networking n = edit.apply(cluster.networking().toBuilder()).build();
        return new ClusterFixture(cluster.toBuilder().networking(n).build());
    }

    /**
     * @param cidr {@code spec.nonMasqueradeCIDR}
     * @return the fixture with it
     */
    public ClusterFixture nonMasqueradeCIDR(String cidr) {
        return networking(n -> n.nonMasqueradeCIDR(cidr));
    }

    /**
     * @param cidr {@code spec.podCIDR}
     * @return the fixture with it
     */
    public ClusterFixture podCIDR(String cidr) {
        return networking(n -> n.podCIDR(cidr));
    }

    /**
     * @param provider any provider spec
     * @return the fixture with it as {@code spec.networking}'s provider
     */
    public ClusterFixture withProvider(ProviderSpec provider) {
        Objects.requireNonNull(provider, "provider");
        return networking(n -> n.provider(provider));
    }

    /** @return the fixture with {@code calico: {}} */
    public ClusterFixture withCalico() {
        return withCalico(UnaryOperator.identity());
    }

    /**
     * @param edit settings of {@code spec.networking.calico}, e.g. {@code c -> c.mtu(8981)}
     * @return the fixture with Calico so set
     */
    public ClusterFixture withCalico(UnaryOperator<CalicoSpec.Builder> edit) {
        return withProvider(edit.apply(CalicoSpec.builder()).build());
    }

    /** @return the fixture with {@code cilium: {}} */
    public ClusterFixture withCilium() {
        return withCilium(UnaryOperator.identity());
    }

    /**
     * @param edit settings of {@code spec.networking.cilium}, e.g. {@code c -> c.ipam("eni")} for Cilium ENI
     * @return the fixture with Cilium so set
     */
    public ClusterFixture withCilium(UnaryOperator<CiliumSpec.Builder> edit) {
        return withProvider(edit.apply(CiliumSpec.builder()).build());
    }

    /** @return the fixture with {@code canal: {}} */
    public ClusterFixture withCanal() {
        return withProvider(CanalSpec.builder().build());
    }

    /**
     * @param edit settings of {@code spec.networking.flannel}, e.g. {@code f -> f.backend("udp")}
     * @return the fixture with Flannel so set
     */
    public ClusterFixture withFlannel(UnaryOperator<FlannelSpec.Builder> edit) {
        return withProvider(edit.apply(FlannelSpec.builder()).build());
    }

    /** @return the fixture with {@code flannel: {}} */
    public ClusterFixture withFlannel() {
        return withFlannel(UnaryOperator.identity());
    }

    /** @return the fixture with {@code kubenet: {}} */
    public ClusterFixture withKubenet() {
        return withProvider(KubenetSpec.builder().build());
    }

    /** @return the fixture with {@code amazonvpc: {}} */
    public ClusterFixture withAmazonVpc() {
        return withProvider(AmazonVpcSpec.builder().build());
    }

    /** @return the fixture with {@code kindnet: {}} */
    public ClusterFixture withKindnet() {
        return withProvider(KindnetSpec.builder().build());
    }

    /** @return the fixture with {@code kuberouter: {}} */
    public ClusterFixture withKubeRouter() {
        return withProvider(KubeRouterSpec.builder().build());
    }

    /** @return the fixture with {@code cni: {}} (the user applies their own CNI) */
    public ClusterFixture withCni() {
        return withProvider(CniSpec.builder().build());
    }

    @Override
    public String toString() {
        return "ClusterFixture[" + cluster.name() + ", " + cluster.cloudProvider().map(Object::toString).orElse("no cloud")
                + ", " + cluster.networking().providerKind().map(Object::toString).orElse("no provider") + "]";
    }
}
