package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.OutsideNetworkingSpecs.map;
import static dev.podnet.providers.validation.OutsideNetworkingSpecs.with;
import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cloudConfig.awsEBSCSIDriver.enabled: false} beside the external cloud controller manager (CloudControllerManagerRules)
 * and the snapshot controller (AddonRequirementRules), as kops-oracle judged the minimal AWS Calico cluster at 1.19,
 * 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36, with and without a {@code cloudControllerManager} block and at
 * Kubernetes 1.23 and 1.24 at 1.24 and 1.28 (48 runs). kops runs the external CCM on AWS from Kubernetes 1.24, so
 * 1.24-1.28 refuse the completed spec without the block too; 1.30-1.36 refuse the disabled driver outright.
 */
class AwsEbsCsiDriverRulesTest {
    static final String CCM = "Forbidden::spec.externalCloudControllerManager::AWS external CCM cannot be used without enabling ";
    static final String NOT_DISABLED = "Forbidden::spec.cloudProvider.aws.ebsCSIDriver.enabled::must not be disabled";
    static final Object DISABLED = map("awsEBSCSIDriver", map("enabled", false));

    static Cluster disabled(String k8s, boolean ccm) {
        Cluster c = with(k8s, "cloudConfig", DISABLED);
        return ccm ? c.toBuilder().putExtraSpec("cloudControllerManager", map()).build() : c;
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("disabled, 1.22", disabled("1.22.17", false), "1.22"),
                lenient("disabled, lenient, 1.24: the completed spec only", disabled("1.24.17", false), "1.24"),
                row("disabled, 1.24", disabled("1.24.17", false), "1.24", CCM + "spec.cloudConfig.AWSEBSCSIDriver."),
                row("disabled, 1.24 at Kubernetes 1.23", disabled("1.23.17", false), "1.24"),
                row("disabled, 1.28", disabled("1.28.15", false), "1.28", CCM + "spec.cloudProvider.aws.ebsCSIDriverSpec."),
                row("disabled, 1.28 at Kubernetes 1.23", disabled("1.23.17", false), "1.28"),
                lenient("disabled with the block, lenient, 1.28", disabled("1.28.15", true), "1.28", CCM + "spec.cloudProvider.aws.ebsCSIDriverSpec."),
                lenient("disabled, lenient, 1.30", disabled("1.30.2", false), "1.30", NOT_DISABLED),
                row("disabled with the block, 1.33: only the driver's finding", disabled("1.30.2", true), "1.33", NOT_DISABLED),
                row("disabled, 1.36", disabled("1.33.0", false), "1.36", NOT_DISABLED),
                row("enabled with the block, 1.36", with("1.33.0", "cloudConfig", map("awsEBSCSIDriver", map("enabled", true)),
                        "cloudControllerManager", map()), "1.36"),
                row("the block alone, 1.30", with("1.30.2", "cloudControllerManager", map()), "1.30"),
                // after the addons (kops-oracle 1.30 and 1.36 with snapshotController, then the discovery store's finding)
                row("after the snapshot controller, 1.36", disabled("1.33.0", false).toBuilder().putExtraSpec("snapshotController", map("enabled", true))
                        .putExtraSpec("serviceAccountIssuerDiscovery", map("discoveryStore", "/x")).build(), "1.36",
                        "Forbidden::spec.snapshotController.enabled", NOT_DISABLED, "Invalid value::" + ServiceAccountIssuerDiscoveryRulesTest.DOUBLED + "discoveryStore"),
                row("snapshot controller, cert manager, driver disabled, 1.21", snapshot("1.21.14"), "1.21",
                        "Forbidden::spec.snapshotController.enabled::Snapshot controller requires external CSI Driver"),
                row("snapshot controller, cert manager, driver disabled, 1.22", snapshot("1.22.17"), "1.22",
                        "Forbidden::spec.snapshotController.enabled::Snapshot controller requires external CSI Driver"),
                row("snapshot controller, cert manager, driver unset, 1.22", snapshot("1.22.17").toBuilder().putExtraSpec("cloudConfig", map()).build(), "1.22"),
                row("snapshot controller, cert manager, driver disabled, 1.24 at Kubernetes 1.23", snapshot("1.23.17"), "1.24"),
                // the driver kops completes when the spec has none: off below Kubernetes 1.22 at 1.22 and 1.24, on from 1.28
                // (kops-oracle completed specs; found by unseen cluster sets, seeds 20261408, 20261411, 20261412)
                row("snapshot controller, no driver, 1.22 at Kubernetes 1.21: completed off", snapshotNoDriver("1.21.7"), "1.22", SNAPSHOT_CSI),
                row("snapshot controller, no driver, 1.22 at Kubernetes 1.20", snapshotNoDriver("1.20.1"), "1.22", SNAPSHOT_CSI),
                lenient("snapshot controller, no driver, lenient, 1.22 at Kubernetes 1.21: the completed spec only",
                        snapshotNoDriver("1.21.7"), "1.22"),
                row("snapshot controller, no driver, 1.22 at Kubernetes 1.22", snapshotNoDriver("1.22.0"), "1.22"),
                row("snapshot controller, cloudConfig without a driver, 1.22 at Kubernetes 1.21",
                        snapshotNoDriver("1.21.7").toBuilder().putExtraSpec("cloudConfig", map()).build(), "1.22", SNAPSHOT_CSI),
                row("snapshot controller, driver null, 1.22 at Kubernetes 1.21",
                        snapshotNoDriver("1.21.7").toBuilder().putExtraSpec("cloudConfig", map("awsEBSCSIDriver", null)).build(), "1.22", SNAPSHOT_CSI),
                row("snapshot controller, driver {}, 1.22 at Kubernetes 1.21: stays unset",
                        snapshotNoDriver("1.21.7").toBuilder().putExtraSpec("cloudConfig", map("awsEBSCSIDriver", map())).build(), "1.22"),
                row("snapshot controller, driver with a version only, 1.22 at Kubernetes 1.21", snapshotNoDriver("1.21.7").toBuilder()
                        .putExtraSpec("cloudConfig", map("awsEBSCSIDriver", map("version", "v1.2.1"))).build(), "1.22"),
                row("snapshot controller, no driver, 1.24 at Kubernetes 1.21: not checked", snapshotNoDriver("1.21.7"), "1.24"),
                row("the block, no driver, 1.22 at Kubernetes 1.21: completed off", ccmNoDriver("1.21.7"), "1.22",
                        CCM + "spec.cloudConfig.AWSEBSCSIDriver."),
                row("the block, no driver, 1.24 at Kubernetes 1.21: completed off", ccmNoDriver("1.21.7"), "1.24",
                        CCM + "spec.cloudConfig.AWSEBSCSIDriver."),
                lenient("the block, no driver, lenient, 1.24 at Kubernetes 1.21", ccmNoDriver("1.21.7"), "1.24"),
                row("the block, no driver, 1.22 at Kubernetes 1.22", ccmNoDriver("1.22.0"), "1.22"),
                row("the block, no driver, 1.28 at Kubernetes 1.21: completed on", ccmNoDriver("1.21.7"), "1.28"),
                row("the block, driver {}, 1.22 at Kubernetes 1.21: stays unset",
                        ccmNoDriver("1.21.7").toBuilder().putExtraSpec("cloudConfig", map("awsEBSCSIDriver", map())).build(), "1.22"),
                row("the block, driver {}, 1.24 at Kubernetes 1.21: stays unset",
                        ccmNoDriver("1.21.7").toBuilder().putExtraSpec("cloudConfig", map("awsEBSCSIDriver", map())).build(), "1.24"));
    }

    static final String SNAPSHOT_CSI = "Forbidden::spec.snapshotController.enabled::Snapshot controller requires external CSI Driver";

    static Cluster snapshotNoDriver(String k8s) {
        return with(k8s, "snapshotController", map("enabled", true), "certManager", map("enabled", true));
    }

    static Cluster ccmNoDriver(String k8s) {
        return with(k8s, "cloudControllerManager", map());
    }

    static Cluster snapshot(String k8s) {
        return with(k8s, "snapshotController", map("enabled", true), "certManager", map("enabled", true), "cloudConfig", DISABLED);
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
