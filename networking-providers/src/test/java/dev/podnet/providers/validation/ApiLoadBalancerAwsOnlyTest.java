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
 * {@code sslCertificate} (plain strings); on AWS the same fields are accepted, where an {@code sslCertificate} and an
 * {@code sslPolicy} need {@code class: Network} and the policy the certificate.
 */
class ApiLoadBalancerAwsOnlyTest {
    private static final String CERT = "arn:aws:acm:us-test-1:123456789012:certificate/x";
    private static final String POLICY = "ELBSecurityPolicy-2016-08";
    private static final String ACM_NLB = "https://github.com/kubernetes/kops/blob/master/permalinks/acm_nlb.md";
    static Cluster gce(Map<String, Object> loadBalancer) {
        return Cluster.builder().from(TopologyRegionKubeletRulesTest.gce("us-test1"))
                .putExtraSpec("api", Map.of("loadBalancer", loadBalancer)).build();
    }

    static Cluster gceWithPrivateSubnet(Map<String, Object> loadBalancer) {
        Cluster c = gce(loadBalancer);
        dev.podnet.api.Subnet s = c.networking().subnets().get(0);
        return Cluster.builder().from(c).networking(c.networking().toBuilder()
                .addSubnets(dev.podnet.api.Subnet.builder().from(s).name("s1").type("Private").build()).build()).build();
    }

    static Cluster aws(Map<String, Object> loadBalancer) {
        return ValidationFixtures.aws("1.32.1", CalicoSpec.builder().build()).putExtraSpec("api", Map.of("loadBalancer", loadBalancer))
                .build();
    }

    static Cluster awsWithPrivateSubnet(Map<String, Object> loadBalancer) {
        Cluster c = aws(loadBalancer);
        return Cluster.builder().from(c).networking(c.networking().toBuilder().addSubnets(dev.podnet.api.Subnet.builder()
                .name("us-test-1b").zone("us-test-1b").cidr("172.20.64.0/19").type("Private").build()).build()).build();
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
                // an Internal load balancer on GCE needs a Private subnet (kops-oracle 1.33.1, 1.36)
                lenient("Internal on GCE with a Public subnet only, 1.33", gce(Map.of("type", "Internal")), "1.33",
                        "Forbidden::spec.api.loadBalancer.type::Internal LoadBalancers must have at least one subnet of type Private"),
                lenient("Internal on GCE beside a Private subnet, 1.36", gceWithPrivateSubnet(Map.of("type", "Internal")), "1.36"),
                // ... and on AWS from 1.28 (kops-oracle 1.28, 1.30, 1.33.1, 1.36; 1.24 accepts it)
                lenient("Internal on AWS with a Public subnet only, 1.33", aws(Map.of("type", "Internal")), "1.33",
                        "Forbidden::spec.api.loadBalancer.type::Internal LoadBalancers must have at least one subnet of type Private"),
                lenient("Internal on AWS with a Public subnet only, 1.24: not checked", aws(Map.of("type", "Internal")), "1.24"),
                lenient("Internal on AWS beside a Private subnet, 1.28", awsWithPrivateSubnet(Map.of("type", "Internal")), "1.28"),
                lenient("class Network on GCE, 1.30: not checked", gce(Map.of("type", "Public", "class", "Network")), "1.30"),
                lenient("class Network and crossZoneLoadBalancing on AWS, 1.33",
                        aws(Map.of("type", "Public", "class", "Network", "crossZoneLoadBalancing", true)), "1.33"),
                // on AWS, TLS at the load balancer needs class: Network (kops-oracle 1.19-1.36)
                lenient("sslCertificate and sslPolicy with class Network on AWS, 1.19",
                        aws(Map.of("type", "Public", "class", "Network", "sslCertificate", CERT, "sslPolicy", POLICY)), "1.19"),
                lenient("sslCertificate and sslPolicy without class on AWS, 1.24",
                        aws(Map.of("type", "Public", "sslCertificate", CERT, "sslPolicy", POLICY)), "1.24",
                        "Forbidden::spec::sslCertificate requires network loadbalancer for K8s 1.19+ see " + ACM_NLB,
                        "Forbidden::spec.api.loadBalancer.sslPolicy::sslPolicy should be specified with Network Load Balancer"),
                lenient("sslCertificate with class Classic on AWS, 1.28",
                        aws(Map.of("type", "Public", "class", "Classic", "sslCertificate", CERT)), "1.28",
                        "Forbidden::spec.api.loadBalancer.sslCertificate::sslCertificate requires a network load balancer. See " + ACM_NLB),
                lenient("sslPolicy without sslCertificate, class Network, on AWS, 1.36",
                        aws(Map.of("type", "Public", "class", "Network", "sslPolicy", POLICY)), "1.36",
                        "Forbidden::spec.api.loadBalancer.sslPolicy::sslPolicy should not be specified without SSLCertificate"),
                lenient("empty sslPolicy alone on AWS, 1.30", aws(Map.of("type", "Public", "sslPolicy", "")), "1.30",
                        "Forbidden::spec.api.loadBalancer.sslPolicy::sslPolicy should be specified with Network Load Balancer",
                        "Forbidden::spec.api.loadBalancer.sslPolicy::sslPolicy should not be specified without SSLCertificate"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
