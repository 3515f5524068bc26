package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.Topology;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API load balancer's class on AWS (ApiLoadBalancerRules, gates {@code cluster.api-load-balancer-class} and
 * {@code cluster.api-dns-none-nlb}), as kops-oracle judged a Calico cluster: a class other than Classic or Network as
 * written is refused at every release (1.19, 1.22, 1.24 at {@code spec.class}; 1.28, 1.30, 1.33.1, 1.36 at
 * {@code spec.api.loadBalancer.class}), an empty one is unset, the type is not checked; without DNS (1.28, 1.30, 1.33.1,
 * 1.36) a load balancer needs class Network, on AWS only.
 */
class ApiLoadBalancerRulesTest {
    static final String NEEDS_NLB = "Forbidden::spec.api.loadBalancer.type::topology.dns.type=none requires Network Load Balancer";

    static Cluster aws(String k8s, Map<String, Object> loadBalancer) {
        return ValidationFixtures.aws(k8s, CalicoSpec.builder().build()).putExtraSpec("api", Map.of("loadBalancer", loadBalancer)).build();
    }

    static Map<String, Object> lb(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Cluster withoutDns(Cluster c) {
        return Cluster.builder().from(c).networking(c.networking().toBuilder()
                .topology(Topology.builder().dnsType("None").masters("public").nodes("public").build()).build()).build();
    }

    static Cluster withoutDnsApiDns(String k8s) {
        return withoutDns(ValidationFixtures.aws(k8s, CalicoSpec.builder().build()).putExtraSpec("api", Map.of("dns", Map.of())).build());
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("class network, 1.19: kops' path spec.class", aws("1.19.9", lb("type", "Public", "class", "network")), "1.19",
                        "Unsupported value::spec.class"),
                row("class Bogus, 1.24", aws("1.24.3", lb("type", "Public", "class", "Bogus")), "1.24", "Unsupported value::spec.class"),
                row("class network, 1.28", aws("1.28.2", lb("type", "Public", "class", "network")), "1.28",
                        "Unsupported value::spec.api.loadBalancer.class"),
                row("class Bogus, 1.36", aws("1.33.2", lb("type", "Public", "class", "Bogus")), "1.36",
                        "Unsupported value::spec.api.loadBalancer.class"),
                row("class empty, 1.22: unset", aws("1.21.4", lb("type", "Public", "class", "")), "1.22"),
                row("class Network, 1.33", aws("1.30.2", lb("class", "Network")), "1.33"),
                row("class Classic, 1.30", aws("1.29.3", lb("type", "Public", "class", "Classic")), "1.30"),
                row("type internal, 1.24: not checked", aws("1.24.3", lb("type", "internal")), "1.24"),
                row("type Bogus, 1.36: not checked", aws("1.33.2", lb("type", "Bogus", "class", "Network")), "1.36"),
                row("type empty, 1.28: not checked", aws("1.28.2", lb("type", "")), "1.28"),
                row("no DNS, empty load balancer, 1.28", withoutDns(aws("1.28.2", lb())), "1.28", NEEDS_NLB),
                row("no DNS, class Classic, 1.33", withoutDns(aws("1.30.2", lb("class", "Classic"))), "1.33", NEEDS_NLB),
                row("no DNS, class empty, 1.36", withoutDns(aws("1.33.2", lb("type", "Public", "class", ""))), "1.36", NEEDS_NLB),
                row("no DNS, class Network, 1.30", withoutDns(aws("1.29.3", lb("class", "Network"))), "1.30"),
                row("no DNS, api.dns only, 1.36", withoutDnsApiDns("1.33.2"), "1.36"),
                row("no DNS, empty load balancer on GCE, 1.36: AWS only", withoutDns(Cluster.builder()
                        .from(TopologyRegionKubeletRulesTest.gce("us-test1")).putExtraSpec("api", Map.of("loadBalancer", Map.of())).build()), "1.36"),
                row("class Bogus on GCE, 1.33: only the AWS-only finding", Cluster.builder().from(TopologyRegionKubeletRulesTest.gce("us-test1"))
                        .putExtraSpec("api", Map.of("loadBalancer", lb("type", "Public", "class", "Bogus"))).build(), "1.33",
                        "Forbidden::spec.api.loadBalancer.class::class is only supported on AWS"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
