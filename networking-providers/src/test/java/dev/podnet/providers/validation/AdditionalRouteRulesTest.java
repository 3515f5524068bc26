package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.Subnet;
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
 * A subnet's {@code additionalRoutes} (AdditionalRouteRules, rule {@code cluster.subnet-routes}) on the fixture's Public
 * subnet us-test-1a in networkCIDR 172.20.0.0/16, each row kops-oracle's answer on the same spec (oracle/additional-routes.tsv
 * holds the 494 probes): kops up to 1.22 drops the field, 1.24 refuses the subnet with its Go struct and prints routes as
 * Go structs, 1.28 on forbid the field and check the cidr strictly, 1.36 prints routes as JSON. A shared subnet (one
 * with an id) is refused for that instead of its type; on another cloud than AWS nothing is checked.
 */
class AdditionalRouteRulesTest {
    private static final String SUBNET_124 = "Invalid value::spec.subnets[0]::additional routes can only be added on private subnets";
    private static final String FORBIDDEN = "Forbidden::spec.networking.subnets[0].additionalRoutes::additional routes can only be added on private subnets";
    private static final String INSIDE = " CIDR block. This route can target only an interface or an instance.";

    static Map<String, Object> route(String cidr, String target) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (cidr != null) m.put("cidr", cidr);
        if (target != null) m.put("target", target);
        return m;
    }

    @SafeVarargs
    static Cluster routes(String k8s, Map<String, Object>... routes) {
        Cluster c = aws(k8s, CalicoSpec.builder().build()).build();
        Subnet s = c.networking().subnets().get(0).toBuilder().putExtraFields("additionalRoutes", List.of(routes)).build();
        return with(c, n -> n.subnets(List.of(s)));
    }

    /** The cluster's first subnet given an id: a subnet kops shares rather than creates. */
    static Cluster shared(Cluster c) {
        Subnet s = c.networking().subnets().get(0).toBuilder().id("subnet-1").build();
        return with(c, n -> n.subnets(List.of(s)));
    }

    /** The cluster on GCE (project testproject): a subnet with a region and no zone, no networkCIDR. */
    static Cluster onGce(Cluster c) {
        Subnet s = c.networking().subnets().get(0).toBuilder().zone(java.util.Optional.empty()).cidr(java.util.Optional.empty())
                .region("us-test1").build();
        return with(c.toBuilder().cloud(dev.podnet.api.Cloud.GCE).putExtraSpec("project", "testproject").build(), n -> n.networkCIDR(java.util.Optional.empty()).subnets(List.of(s)));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("1.22 drops the field", routes("1.22.0", route("bogus", "bogus")), "1.22"),
                row("1.24: an empty list on a Public subnet", routes("1.24.0"), "1.24", SUBNET_124),
                row("1.24: unknown target, lenient cidr", routes("1.24.0", route("10.0.0.1/8", "vpce-1")), "1.24", SUBNET_124,
                        "Invalid value::spec.subnets[0].additionalRoutes[0].target::unknown target type for route"),
                row("1.24: networkCIDR itself", routes("1.24.0", route("172.20.0.0/16", "pcx-1")), "1.24", SUBNET_124,
                        "Forbidden::spec.subnets[0].additionalRoutes[0].target::target is more specific than cluster" + INSIDE,
                        "Duplicate value::spec.subnets[0].additionalRoutes[0].cidr"),
                row("1.28: bad cidr, instance, transit and NAT inside the network (only a peering's is refused), a duplicate", routes("1.28.0", route("", "pcx-1"),
                                route("172.20.128.0/17", "i-1"), route("172.20.64.0/18", "tgw-1"), route("172.20.128.0/17", "nat-1")), "1.28",
                        FORBIDDEN,
                        "Invalid value::spec.networking.subnets[0].additionalRoutes[0].cidr::Could not be parsed as a CIDR",
                        "Duplicate value::spec.networking.subnets[0].additionalRoutes[3].cidr"),
                row("1.24: a shared subnet, its type not looked at", shared(routes("1.24.0", route("10.0.0.0/8", "pcx-1"))), "1.24",
                        "Invalid value::spec.subnets[0]::additional routes cannot be added if the subnet is shared"),
                row("1.28: a shared subnet beside a bad route", shared(routes("1.28.0", route("bogus", "pcx-1"))), "1.28",
                        "Forbidden::spec.networking.subnets[0].additionalRoutes::additional routes cannot be added if the subnet is shared",
                        "Invalid value::spec.networking.subnets[0].additionalRoutes[0].cidr::Could not be parsed as a CIDR"),
                row("1.36: routes on a non-AWS cloud are not checked", onGce(routes("1.30.2", route("bogus", "bogus"))), "1.36"),
                row("1.36: unknown target, bad cidr", routes("1.30.2", route("bogus", null)), "1.36", FORBIDDEN,
                        "Invalid value::spec.networking.subnets[0].additionalRoutes[0].target::unknown target type for route",
                        "Invalid value::spec.networking.subnets[0].additionalRoutes[0].cidr::Could not be parsed as a CIDR"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void kopsFindings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
