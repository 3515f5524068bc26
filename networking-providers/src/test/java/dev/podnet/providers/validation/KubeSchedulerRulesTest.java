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
 * {@code kubeScheduler.usePolicyConfigMap} (KubeSchedulerRules), as kops-oracle judged the minimal AWS Calico cluster
 * with {@code true}, {@code false} and an empty block at 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36, and
 * {@code true} at Kubernetes 1.24 at 1.30 and 1.36 (29 runs): refused from 1.30, {@code false} too, at any Kubernetes
 * version; 1.19-1.28 accept it.
 */
class KubeSchedulerRulesTest {
    static final String DEPRECATED = "Forbidden::spec.kubeScheduler.usePolicyConfigMap::usePolicyConfigMap is deprecated, use KubeSchedulerConfiguration";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("true, 1.28", with("1.28.15", "kubeScheduler", map("usePolicyConfigMap", true)), "1.28"),
                row("true, 1.30", with("1.30.2", "kubeScheduler", map("usePolicyConfigMap", true)), "1.30", DEPRECATED),
                row("true, 1.30 at Kubernetes 1.24", with("1.24.17", "kubeScheduler", map("usePolicyConfigMap", true)), "1.30", DEPRECATED),
                row("false, 1.33: a pointer", with("1.30.2", "kubeScheduler", map("usePolicyConfigMap", false)), "1.33", DEPRECATED),
                row("true, 1.36 at Kubernetes 1.24", with("1.24.17", "kubeScheduler", map("usePolicyConfigMap", true)), "1.36", DEPRECATED),
                row("an empty block, 1.36", with("1.33.0", "kubeScheduler", map()), "1.36"),
                row("true, 1.19", with("1.19.16", "kubeScheduler", map("usePolicyConfigMap", true)), "1.19"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
