package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code api.loadBalancer} fields only AWS has, on GCE (WholeSpecRules, gate
 * {@code cluster.api-load-balancer-aws-only}): kops-oracle 1.33.1 and 1.36 refuse each one set, {@code 0},
 * {@code false}, {@code ""} (a pointer) and {@code []} included, but not an empty {@code class} or
 * {@code sslCertificate} (plain strings); on AWS the same fields are accepted.
 */
class ApiLoadBalancerAwsOnlyTest {
    static Cluster gce(Map<String, Object> loadBalancer) {
        return Cluster.builder().from(TopologyRegionKubeletRulesTest.gce("us-test1"))
                .putExtraSpec("api", Map.of("loadBalancer", loadBalancer)).build();
    }

    static Cluster aws(Map<String, Object> loadBalancer) {
        return ValidationFixtures.aws("1.32.1", CalicoSpec.builder().build()).putExtraSpec("api", Map.of("loadBalancer", loadBalancer))
                .build();
    }

    static String only(String field) {
        return "Forbidden::spec.api.loadBalancer." + field + "::" + field + " is only supported on AWS";
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                lenient("class Network on GCE, 1.33", gce(Map.of("type", "Public", "class", "Network")), "1.33", only("class")),
                lenient("class Classic on GCE, 1.36", gce(Map.of("type", "Public", "class", "Classic")), "1.36", only("class")),
                lenient("empty class on GCE, 1.33", gce(Map.of("type", "Public", "class", "")), "1.33"),
                lenient("idleTimeoutSeconds 0 on GCE, 1.33", gce(Map.of("type", "Public", "idleTimeoutSeconds", 0)), "1.33",
                        only("idleTimeoutSeconds")),
                lenient("empty securityGroupOverride on GCE, 1.33", gce(Map.of("type", "Public", "securityGroupOverride", "")), "1.33",
                        only("securityGroupOverride")),
                lenient("empty additionalSecurityGroups on GCE, 1.33", gce(Map.of("type", "Public", "additionalSecurityGroups", List.of())),
                        "1.33", only("additionalSecurityGroups")),
                lenient("empty sslCertificate on GCE, 1.33", gce(Map.of("type", "Public", "sslCertificate", "")), "1.33"),
                lenient("sslPolicy on GCE, 1.33", gce(Map.of("type", "Public", "sslPolicy", "ELBSecurityPolicy-2016-08")), "1.33",
                        only("sslPolicy")),
                lenient("crossZoneLoadBalancing false on GCE, 1.36", gce(Map.of("type", "Public", "crossZoneLoadBalancing", false)), "1.36",
                        only("crossZoneLoadBalancing")),
                lenient("accessLog on GCE, 1.33", gce(Map.of("type", "Public", "accessLog", Map.of("bucket", "b"))), "1.33",
                        only("accessLog")),
                lenient("class and idleTimeoutSeconds on GCE, 1.33",
                        gce(Map.of("type", "Public", "class", "Network", "idleTimeoutSeconds", 300)), "1.33",
                        only("class"), only("idleTimeoutSeconds")),
                lenient("type only on GCE, 1.33", gce(Map.of("type", "Public")), "1.33"),
                lenient("class Network on GCE, 1.30: not checked", gce(Map.of("type", "Public", "class", "Network")), "1.30"),
                lenient("class Network and crossZoneLoadBalancing on AWS, 1.33",
                        aws(Map.of("type", "Public", "class", "Network", "crossZoneLoadBalancing", true)), "1.33"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
