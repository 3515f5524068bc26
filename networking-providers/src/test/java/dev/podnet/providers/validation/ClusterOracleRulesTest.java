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
 * removed (kubelet nonMasqueradeCIDR and networkPluginName, docker). Each row: kops' answer at that release.
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
                lenient("docker on Kubernetes 1.23, 1.24", withKubelet("1.23.5", null, null, "docker"), "1.24"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
