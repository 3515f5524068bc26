package dev.podnet.testkit;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
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
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.RenderOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An immutable cluster fixture (from {@link Clusters}): every method returns a new fixture with one
 * more setting; {@link #build()} gives the {@link Cluster}. Provider methods replace the provider.
 * What kops would ask the cloud for and the spec does not say (the AWS account) goes with the fixture
 * to {@link #renderOptions()}.
 */
public final class ClusterFixture {
    private final Cluster cluster;
    private final AwsAccount awsAccount;

    ClusterFixture(Cluster cluster) {
        this(cluster, null);
    }

    private ClusterFixture(Cluster cluster, AwsAccount awsAccount) {
        this.cluster = cluster;
        this.awsAccount = awsAccount;
    }

    private ClusterFixture with(Cluster c) {
        return new ClusterFixture(c, awsAccount);
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
        return with(cluster.toBuilder().name(name).build());
    }

    /**
     * @param version {@code spec.kubernetesVersion}, e.g. {@code 1.33.1}
     * @return the fixture with that Kubernetes version
     */
    public ClusterFixture kubernetesVersion(String version) {
        return with(cluster.toBuilder().kubernetesVersion(version).build());
    }

    /**
     * @param edit an edit of {@code spec.networking} (CIDRs, topology, subnets)
     * @return the fixture with the edited networking
     */
    public ClusterFixture networking(UnaryOperator<Networking.Builder> edit) {
        Networking n = edit.apply(cluster.networking().toBuilder()).build();
        return with(cluster.toBuilder().networking(n).build());
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

    /**
     * kube-router replaces kube-proxy: kops refuses it beside an enabled kube-proxy
     * ({@code spec.kubeProxy.enabled: Forbidden}), so the fixture also turns kube-proxy off.
     *
     * @return the fixture with {@code kuberouter: {}} and {@code kubeProxy.enabled: false}
     */
    public ClusterFixture withKubeRouter() {
        ClusterFixture f = withProvider(KubeRouterSpec.builder().build());
        KubeProxy kp = f.cluster.kubeProxy().map(KubeProxy::toBuilder).orElseGet(KubeProxy::builder).enabled(false).build();
        return f.with(f.cluster.toBuilder().kubeProxy(kp).build());
    }

    /** @return the fixture with {@code cni: {}} (the user applies their own CNI) */
    public ClusterFixture withCni() {
        return withProvider(CniSpec.builder().build());
    }

    /**
     * Gives service accounts AWS permissions through IAM roles of their own, as kops' IRSA setup is written:
     * {@code spec.iam.useServiceAccountExternalPermissions: true} and a {@code spec.serviceAccountIssuerDiscovery}
     * (discovery store {@code s3://discovery-store/<name>}, the name at this call; {@code enableAWSOIDCProvider: true}).
     * kops (1.24 and later) then names the cluster's AWS account in the role ARNs it renders (kube-router's): give one
     * with {@link #awsAccount(String)}.
     *
     * @return the fixture with service-account IAM roles
     */
    public ClusterFixture useServiceAccountExternalPermissions() {
        Map<String, Object> iam = new LinkedHashMap<>();
        if (cluster.extraSpec().get("iam") instanceof Map<?, ?> m) m.forEach((k, v) -> iam.put(String.valueOf(k), v));
        iam.put("useServiceAccountExternalPermissions", true);
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("discoveryStore", "s3://discovery-store/" + cluster.name());
        discovery.put("enableAWSOIDCProvider", true);
        return with(cluster.toBuilder().putExtraSpec("iam", iam).putExtraSpec("serviceAccountIssuerDiscovery", discovery)
                .build());
    }

    /**
     * @param accountId the 12-digit AWS account the cluster runs in (partition {@code aws})
     * @return the fixture whose {@link #renderOptions()} carry that account
     * @throws IllegalArgumentException if the id is not 12 digits
     */
    public ClusterFixture awsAccount(String accountId) {
        return awsAccount(AwsAccount.of(accountId));
    }

    /**
     * @param account the AWS account the cluster runs in (kops asks AWS for it; podnet takes it from
     *                {@link RenderOptions#awsAccount()})
     * @return the fixture whose {@link #renderOptions()} carry that account
     */
    public ClusterFixture awsAccount(AwsAccount account) {
        return new ClusterFixture(cluster, Objects.requireNonNull(account, "account"));
    }

    /**
     * The options to render this fixture with: kops' style, no patches, and the fixture's AWS account if it has one.
     * A render whose objects name the account (kube-router with {@link #useServiceAccountExternalPermissions()})
     * fails without one with a {@code MissingRenderOptionException} naming {@code RenderOptions.awsAccount}.
     *
     * <pre>{@code
     * ClusterFixture f = Clusters.aws().withKubeRouter().useServiceAccountExternalPermissions().awsAccount("123456789012");
     * RenderResult r = Podnet.forRelease("1.30").render(f.build(), f.renderOptions());
     * }</pre>
     *
     * @return render options for {@code Podnet.render(cluster, options)}
     */
    public RenderOptions renderOptions() {
        RenderOptions.Builder b = RenderOptions.builder();
        if (awsAccount != null) b.awsAccount(awsAccount);
        return b.build();
    }

    @Override
    public String toString() {
        return "ClusterFixture[" + cluster.name() + ", " + cluster.cloudProvider().map(Object::toString).orElse("no cloud")
                + ", " + cluster.networking().providerKind().map(Object::toString).orElse("no provider") + "]";
    }
}
