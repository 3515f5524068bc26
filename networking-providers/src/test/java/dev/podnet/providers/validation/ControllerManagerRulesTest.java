package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.OutsideNetworkingSpecs.map;
import static dev.podnet.providers.validation.OutsideNetworkingSpecs.with;
import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.ValidationMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubeControllerManager.experimentalClusterSigningDuration} (ControllerManagerRules) and its order among the
 * components, as kops-oracle judged the minimal AWS Calico cluster (50 runs: {@code 1h}, {@code 0s}, {@code abc} and
 * {@code clusterSigningDuration: 1h} at 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1, 1.36, and at Kubernetes 1.24
 * and 1.25 at 1.28, 1.30, 1.33.1, 1.36): refused on Kubernetes 1.25+ from 1.30, at any version from 1.33; 1.19-1.28
 * accept it; {@code clusterSigningDuration} is accepted everywhere.
 */
class ControllerManagerRulesTest {
    static final String REPLACED = "Forbidden::spec.kubeControllerManager.experimentalClusterSigningDuration::experimentalClusterSigningDuration "
            + "has been replaced with clusterSigningDuration as of kubernetes 1.25";

    static Cluster kcm(String k8s, String field, String duration) {
        return with(k8s).toBuilder().kubeControllerManager(KubeControllerManager.builder().putExtraFields(field, duration).build()).build();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("1h, 1.19", kcm("1.19.16", "experimentalClusterSigningDuration", "1h"), "1.19"),
                row("1h, 1.28 at Kubernetes 1.28", kcm("1.28.15", "experimentalClusterSigningDuration", "1h"), "1.28"),
                row("1h, 1.30 at Kubernetes 1.25", kcm("1.25.0", "experimentalClusterSigningDuration", "1h"), "1.30", REPLACED),
                row("1h, 1.30 at Kubernetes 1.24", kcm("1.24.17", "experimentalClusterSigningDuration", "1h"), "1.30"),
                row("0s, 1.33: a pointer", kcm("1.30.2", "experimentalClusterSigningDuration", "0s"), "1.33", REPLACED),
                row("1h, 1.33 at Kubernetes 1.24", kcm("1.24.17", "experimentalClusterSigningDuration", "1h"), "1.33", REPLACED),
                row("1h, 1.36 at Kubernetes 1.24", kcm("1.24.17", "experimentalClusterSigningDuration", "1h"), "1.36", REPLACED),
                row("clusterSigningDuration, 1.36", kcm("1.33.0", "clusterSigningDuration", "1h"), "1.36"),
                row("with kubeAPIServer, kubeScheduler and kubelet, 1.36: kops' order", kcm("1.33.0", "experimentalClusterSigningDuration", "1h")
                        .toBuilder().putExtraSpec("kubeAPIServer", map("logFormat", "xml")).putExtraSpec("kubeScheduler", map("usePolicyConfigMap", true))
                        .putExtraSpec("kubelet", map("logFormat", "xml")).build(), "1.36",
                        "Unsupported value::spec.kubeAPIServer.logFormat", REPLACED, KubeSchedulerRulesTest.DEPRECATED,
                        "Unsupported value::spec.kubelet.logFormat"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
