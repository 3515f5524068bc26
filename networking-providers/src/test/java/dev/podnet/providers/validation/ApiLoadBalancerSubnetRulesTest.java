package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.Subnet;
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
 * The AWS API load balancer's {@code subnets} (ApiLoadBalancerSubnetRules, gate {@code cluster.api-load-balancer-subnets}),
 * as kops-oracle judged a Calico cluster with a Private subnet us-test-1a (172.20.32.0/19), its utility subnet and a
 * Private us-test-1b without a CIDR (assigned 172.20.192.0/18 by kops): 1.20, 1.21, 1.22, 1.24, 1.28, 1.33.1 and 1.36 give
 * the same findings, 1.19 ignores the list, GCE accepts it.
 */
class ApiLoadBalancerSubnetRulesTest {
    static final String ONLY_INTERNAL_NLB = "Forbidden::spec.api.loadBalancer.subnets[0].privateIPv4Address::privateIPv4Address only allowed for internal NLBs";
    static final String ONLY_PUBLIC_NLB = "Forbidden::spec.api.loadBalancer.subnets[0].allocationID::allocationID only allowed for Public NLBs";
    static final String NOT_IPV4 = "Invalid value::spec.api.loadBalancer.subnets[0].privateIPv4Address::privateIPv4Address is not a valid IPv4 address";
    static final String OUTSIDE = "Invalid value::spec.api.loadBalancer.subnets[0].privateIPv4Address::privateIPv4Address is not part of the subnet CIDR";

    static Cluster aws(String k8s, Map<String, Object> loadBalancer) {
        Cluster c = ValidationFixtures.aws(k8s, CalicoSpec.builder().build()).putExtraSpec("api", Map.of("loadBalancer", loadBalancer)).build();
        return Cluster.builder().from(c).networking(c.networking().toBuilder().subnets(List.of(
                Subnet.builder().name("us-test-1a").zone("us-test-1a").cidr("172.20.32.0/19").type("Private").build(),
                Subnet.builder().name("utility-us-test-1a").zone("us-test-1a").cidr("172.20.64.0/19").type("Utility").build(),
                Subnet.builder().name("us-test-1b").zone("us-test-1b").type("Private").build()))
                .topology(Topology.builder().dnsType("Public").masters("private").nodes("private").build()).build()).build();
    }

    @SafeVarargs
    static Map<String, Object> lb(String type, String lbClass, Map<String, Object>... subnets) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (type != null) m.put("type", type);
        if (lbClass != null) m.put("class", lbClass);
        m.put("subnets", List.of(subnets));
        return m;
    }

    static Map<String, Object> subnet(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                lenient("no name, 1.22", aws("1.21.4", lb("Internal", null, subnet())), "1.22",
                        "Required value::spec.api.loadBalancer.subnets[0].name::subnet name can't be empty"),
                lenient("unknown name, 1.20", aws("1.19.9", lb("Internal", null, subnet("name", "nope"))), "1.20",
                        "Not found::spec.api.loadBalancer.subnets[0].name"),
                lenient("unknown name, 1.19: not checked", aws("1.19.9", lb("Internal", null, subnet("name", "nope"))), "1.19"),
                lenient("two entries of one subnet, 1.28: accepted", aws("1.27.3", lb("Internal", null, subnet("name", "us-test-1a"),
                        subnet("name", "us-test-1a"))), "1.28"),
                lenient("allocationId on a Public NLB, 1.36", aws("1.33.2", lb("Public", "Network", subnet("name", "utility-us-test-1a",
                        "allocationId", "eipalloc-1"))), "1.36"),
                lenient("allocationId on an NLB without type, 1.33", aws("1.30.2", lb(null, "Network", subnet("name", "utility-us-test-1a",
                        "allocationId", "eipalloc-1"))), "1.33"),
                lenient("allocationId on an Internal NLB, 1.24", aws("1.24.3", lb("Internal", "Network", subnet("name", "us-test-1a",
                        "allocationId", "eipalloc-1"))), "1.24", ONLY_PUBLIC_NLB),
                lenient("empty allocationId on a Classic load balancer, 1.28: both", aws("1.27.3", lb("Public", null, subnet("name",
                        "utility-us-test-1a", "allocationId", ""))), "1.28",
                        "Required value::spec.api.loadBalancer.subnets[0].allocationID::allocationID can't be empty", ONLY_PUBLIC_NLB),
                lenient("privateIPv4Address in the subnet on an Internal NLB, 1.36", aws("1.33.2", lb("Internal", "Network",
                        subnet("name", "us-test-1a", "privateIPv4Address", "172.20.32.10"))), "1.36"),
                lenient("privateIPv4Address outside the subnet, 1.22", aws("1.21.4", lb("Internal", "Network",
                        subnet("name", "us-test-1a", "privateIPv4Address", "10.0.0.1"))), "1.22", OUTSIDE),
                lenient("privateIPv4Address abc, 1.33", aws("1.30.2", lb("Internal", "Network",
                        subnet("name", "us-test-1a", "privateIPv4Address", "abc"))), "1.33", NOT_IPV4),
                lenient("privateIPv4Address IPv6, 1.36", aws("1.33.2", lb("Internal", "Network",
                        subnet("name", "us-test-1a", "privateIPv4Address", "2001:db8::1"))), "1.36", NOT_IPV4),
                lenient("empty privateIPv4Address on an Internal Classic load balancer, 1.24: three findings", aws("1.24.3", lb("Internal", null,
                        subnet("name", "us-test-1a", "privateIPv4Address", ""))), "1.24",
                        "Required value::spec.api.loadBalancer.subnets[0].privateIPv4Address::privateIPv4Address can't be empty", NOT_IPV4,
                        ONLY_INTERNAL_NLB),
                lenient("privateIPv4Address on an NLB without type, 1.33", aws("1.30.2", lb(null, "Network",
                        subnet("name", "us-test-1a", "privateIPv4Address", "172.20.32.10"))), "1.33", ONLY_INTERNAL_NLB),
                lenient("privateIPv4Address on an Internal Classic load balancer, 1.21", aws("1.20.4", lb("Internal", null,
                        subnet("name", "us-test-1a", "privateIPv4Address", "172.20.32.10"))), "1.21", ONLY_INTERNAL_NLB),
                // kops checks the subnet's CIDR as it assigned it
                lenient("privateIPv4Address in the assigned CIDR of a subnet without one, 1.36", aws("1.33.2", lb("Internal", "Network",
                        subnet("name", "us-test-1b", "privateIPv4Address", "172.20.192.10"))), "1.36"),
                lenient("privateIPv4Address outside the assigned CIDR, 1.33", aws("1.30.2", lb("Internal", "Network",
                        subnet("name", "us-test-1b", "privateIPv4Address", "172.20.32.10"))), "1.33", OUTSIDE),
                lenient("privateIPv4Address of an unknown subnet on a Classic load balancer, 1.28: no CIDR to compare", aws("1.27.3",
                        lb("Internal", null, subnet("name", "nope", "privateIPv4Address", "10.99.0.1"))), "1.28",
                        "Not found::spec.api.loadBalancer.subnets[0].name", ONLY_INTERNAL_NLB),
                // an IPv6 Private subnet gets no IPv4 CIDR: nothing to compare (kops-oracle 1.24, 1.28, 1.30, 1.33.1, 1.36)
                lenient("privateIPv4Address of an IPv6 Private subnet, 1.36: no CIDR to compare", ValidationFixtures.awsIpv6("1.33.2",
                        dev.podnet.api.provider.CiliumSpec.builder().build()).putExtraSpec("api", Map.of("loadBalancer", lb("Internal",
                        "Network", subnet("name", "us-test-1a", "privateIPv4Address", "172.20.32.10")))).build(), "1.36"),
                lenient("privateIPv4Address of an IPv6 Private subnet, 1.24: no CIDR to compare", ValidationFixtures.awsIpv6("1.24.3",
                        dev.podnet.api.provider.CiliumSpec.builder().build()).putExtraSpec("api", Map.of("loadBalancer", lb("Internal",
                        "Network", subnet("name", "us-test-1a", "privateIPv4Address", "172.20.32.10")))).build(), "1.24"),
                lenient("unknown name on GCE, 1.36: not checked", Cluster.builder().from(TopologyRegionKubeletRulesTest.gce("us-test1"))
                        .putExtraSpec("api", Map.of("loadBalancer", lb("Public", null, subnet("name", "nope")))).build(), "1.36"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
