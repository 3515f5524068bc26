package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.KubenetSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cluster-level rules found with kops-oracle on generated specs (issue 9): the external cloud controller
 * manager (feature flag before 1.22, the AWS EBS CSI driver, Kubernetes 1.18+) and what Kubernetes 1.24
 * removed (kubelet nonMasqueradeCIDR and networkPluginName, docker), IPv6-only subnets before Kubernetes 1.22. Each
 * row: kops' answer at that release.
 */
class ClusterOracleRulesTest {
    private static final String EBS_122 = "Forbidden::spec.externalCloudControllerManager::"
            + "AWS external CCM cannot be used without enabling spec.cloudConfig.AWSEBSCSIDriver.";
    private static final String FLAG = "Forbidden::spec.cloudControllerManager::external cloud controller manager is an experimental "
            + "feature; set `export KOPS_FEATURE_FLAGS=EnableExternalCloudController`";
    private static final String EBS_120 = "Forbidden::spec.externalCloudControllerManager::AWS external CCM cannot be used without "
            + "enabling spec.cloudConfig.AWSEBSCSIDriver or setting spec.kubeControllerManaager.externalCloudVolumePlugin set to `aws`";

    static Cluster ccm(String k8s, Boolean ebs) {
        Cluster.Builder b = aws(k8s, CalicoSpec.builder().build()).putExtraSpec("cloudControllerManager", Map.of());
        if (ebs != null) b.putExtraSpec("cloudConfig", Map.of("awsEBSCSIDriver", Map.of("enabled", ebs)));
        return b.build();
    }

    static Cluster withKubelet(String k8s, Map<String, Object> kubelet, Map<String, Object> master, String runtime) {
        Cluster.Builder b = aws(k8s, KubenetSpec.builder().build());
        if (kubelet != null) b.putExtraSpec("kubelet", kubelet);
        if (master != null) b.putExtraSpec("masterKubelet", master);
        if (runtime != null) b.putExtraSpec("containerRuntime", runtime);
        return b.build();
    }

    /** An IPv6-only cluster whose one subnet has only an ipv6CIDR, of {@code type}. */
    static Cluster ipv6Only(String k8s, String type, String release) {
        // kops 1.22 knows no encapsulationMode none, which IPv6 Calico needs from 1.23
        CalicoSpec calico = release.equals("1.22") ? CalicoSpec.builder().build() : CalicoSpec.builder().encapsulationMode("none").build();
        Cluster c = awsIpv6(k8s, calico).build();
        return with(c, n -> n.subnets(List.of(dev.podnet.api.Subnet.builder().from(c.networking().subnets().get(0))
                .name(type.toLowerCase(java.util.Locale.ROOT) + "-us-test-1a").type(type).build())));
    }

    /** A cluster without networkCIDR (kops defaults it) whose non-masquerade range is no valid CIDR. */
    static Cluster badNonMasquerade(dev.podnet.api.provider.ProviderSpec provider) {
        Cluster c = aws("1.20.1", provider).build();
        return with(c, n -> n.networkCIDR(java.util.Optional.empty()).nonMasqueradeCIDR("100.64.0.0/33").podCIDR(java.util.Optional.empty()));
    }

    static Stream<Arguments> rows() {
        Cluster volumePlugin = ccm("1.19.1", null).toBuilder()
                .kubeControllerManager(KubeControllerManager.builder().putExtraFields("externalCloudVolumePlugin", "aws").build()).build();
        return Stream.of(
                // external CCM: a feature flag before 1.22 (kops-oracle 1.19-1.21)
                row("CCM, 1.19: feature flag", ccm("1.19.1", null), "1.19", FLAG),
                row("CCM without EBS CSI, 1.20: feature flag and EBS or volume plugin", ccm("1.19.1", null), "1.20", FLAG, EBS_120),
                row("CCM with EBS CSI, 1.21: feature flag only", ccm("1.19.1", true), "1.21", FLAG),
                row("CCM with the aws volume plugin, 1.21: feature flag only", volumePlugin, "1.21", FLAG),
                // 1.22+: the EBS CSI driver, on by default from Kubernetes 1.22 (kops-oracle 1.22, 1.24, 1.28)
                row("CCM on Kubernetes 1.21, 1.22: driver off by default", ccm("1.21.1", null), "1.22", EBS_122),
                lenient("CCM on Kubernetes 1.21, 1.22, lenient: the default is not on the input", ccm("1.21.1", null), "1.22"),
                row("CCM on Kubernetes 1.21 with the driver, 1.22", ccm("1.21.1", true), "1.22"),
                row("CCM on Kubernetes 1.22, 1.22: driver on by default", ccm("1.22.1", null), "1.22"),
                lenient("CCM with the driver off, 1.24", ccm("1.24.1", false), "1.24", EBS_122),
                lenient("CCM with the driver off, 1.28: kops names the new field", ccm("1.26.1", false), "1.28",
                        "Forbidden::spec.externalCloudControllerManager::AWS external CCM cannot be used without enabling "
                                + "spec.cloudProvider.aws.ebsCSIDriverSpec."),
                lenient("CCM on Kubernetes 1.17, 1.22", ccm("1.17.5", true), "1.22",
                        "Forbidden::spec.externalCloudControllerManager::AWS external CCM requires kubernetes 1.18+"),
                // Kubernetes 1.24 removed these (kops-oracle 1.24, 1.28, 1.33)
                lenient("kubelet nonMasqueradeCIDR on Kubernetes 1.24, 1.24", withKubelet("1.24.1", Map.of("nonMasqueradeCIDR", "100.64.0.0/10"), null, null),
                        "1.24", "Forbidden::spec.kubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24"),
                lenient("kubelet nonMasqueradeCIDR on Kubernetes 1.23, 1.24", withKubelet("1.23.5", Map.of("nonMasqueradeCIDR", "100.64.0.0/10"), null, null),
                        "1.24"),
                lenient("kubelet networkPluginName on Kubernetes 1.26, 1.28", withKubelet("1.26.1", Map.of("networkPluginName", "cni"), null, null),
                        "1.28", "Forbidden::spec.kubelet.networkPluginName::networkPluginName has been removed on Kubernetes >=1.24"),
                lenient("masterKubelet nonMasqueradeCIDR, 1.24", withKubelet("1.24.1", null, Map.of("nonMasqueradeCIDR", "100.64.0.0/10"), null),
                        "1.24", "Forbidden::spec.masterKubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24"),
                lenient("masterKubelet nonMasqueradeCIDR, 1.28: control plane path", withKubelet("1.26.1", null, Map.of("nonMasqueradeCIDR", "100.64.0.0/10"), null),
                        "1.28", "Forbidden::spec.controlPlaneKubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24"),
                lenient("docker on Kubernetes 1.30, 1.33", withKubelet("1.30.1", null, null, "docker"), "1.33",
                        "Forbidden::spec.containerRuntime::Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq"),
                lenient("docker on Kubernetes 1.23, 1.24", withKubelet("1.23.5", null, null, "docker"), "1.24"),
                // from kops 1.30 whatever the Kubernetes version (kops-oracle 1.30 and 1.33.1 at 1.19.10 and 1.23.5)
                lenient("docker and networkPluginName on Kubernetes 1.19, 1.28", withKubelet("1.19.10", Map.of("networkPluginName", "cni"),
                        null, "docker"), "1.28"),
                lenient("docker and networkPluginName on Kubernetes 1.19, 1.30", withKubelet("1.19.10", Map.of("networkPluginName", "cni"),
                        null, "docker"), "1.30",
                        "Forbidden::spec.kubelet.networkPluginName::networkPluginName has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.containerRuntime::Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq"),
                lenient("control plane nonMasqueradeCIDR on Kubernetes 1.23, 1.33", withKubelet("1.23.5", null,
                        Map.of("nonMasqueradeCIDR", "100.64.0.0/10"), null), "1.33",
                        "Forbidden::spec.controlPlaneKubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24"),
                // a subnet kops' assignment leaves without an IPv4 cidr (Private in an IPv6-only cluster) needs
                // Kubernetes 1.22: a finding of the completed cluster (kops-oracle 1.24; 1.22 and 1.28 accept)
                row("IPv6-only Private subnet on Kubernetes 1.21, 1.24", ipv6Only("1.21.0", "Private", "1.24"), "1.24",
                        "Required value::spec.subnets[0].cidr::IPv6-only subnets require Kubernetes 1.22+"),
                row("IPv6-only Private subnet on Kubernetes 1.21, 1.26: the 1.26 path", ipv6Only("1.21.0", "Private", "1.26"), "1.26",
                        "Required value::spec.networking.subnets[0].cidr::IPv6-only subnets require Kubernetes 1.22+"),
                lenient("IPv6-only Private subnet on Kubernetes 1.21, 1.24, lenient", ipv6Only("1.21.0", "Private", "1.24"), "1.24"),
                row("IPv6-only Private subnet on Kubernetes 1.22, 1.24", ipv6Only("1.22.0", "Private", "1.24"), "1.24"),
                row("IPv6-only Utility subnet on Kubernetes 1.21, 1.24: assigned an IPv4 cidr", ipv6Only("1.21.0", "Utility", "1.24"), "1.24"),
                row("IPv6-only Public subnet on Kubernetes 1.21, 1.24: assigned an IPv4 cidr", ipv6Only("1.21.0", "Public", "1.24"), "1.24"),
                row("IPv6-only Private subnet on Kubernetes 1.21, 1.22: not checked", ipv6Only("1.21.0", "Private", "1.22"), "1.22"),
                // kops checks the ranges' syntax after PerformAssignments: with amazonvpc on AWS the defaulted
                // networkCIDR replaces the user's non-masquerade range, invalid or not (kops-oracle 1.20)
                lenient("amazonvpc, invalid nonMasqueradeCIDR, no networkCIDR, 1.20: replaced before the check",
                        badNonMasquerade(dev.podnet.api.provider.AmazonVpcSpec.builder().build()), "1.20",
                        "Forbidden::spec.serviceClusterIPRange::serviceClusterIPRange \"100.64.0.0/13\" must be a subnet of nonMasqueradeCIDR \"172.20.0.0/16\""),
                lenient("calico, invalid nonMasqueradeCIDR, no networkCIDR, 1.20: checked", badNonMasquerade(CalicoSpec.builder().build()), "1.20",
                        "Invalid value::spec.nonMasqueradeCIDR"),
                row("IPv6-only Private subnet on Kubernetes 1.21, 1.28: not checked", ipv6Only("1.21.0", "Private", "1.28"), "1.28"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
