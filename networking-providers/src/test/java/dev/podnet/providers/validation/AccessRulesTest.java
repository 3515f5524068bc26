package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeDns;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Access lists and upstream DNS servers (AccessRules), as kops-oracle 1.19-1.36 judged a Calico cluster with each
 * entry alone, and all of them at once for kops' order.
 */
class AccessRulesTest {
    static Cluster with(String k8s, Map<String, Object> extra) {
        Cluster.Builder b = Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build());
        extra.forEach(b::putExtraSpec);
        return b.build();
    }

    static Cluster onGce(Map<String, Object> extra) {
        Cluster.Builder b = Cluster.builder().from(TopologyRegionKubeletRulesTest.gce("us-test1"));
        extra.forEach(b::putExtraSpec);
        return b.build();
    }

    static Cluster nameservers(String k8s, String... servers) {
        return Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build())
                .kubeDNS(KubeDns.builder().putExtraFields("upstreamNameservers", List.of(servers)).build()).build();
    }

    static Cluster stubDomains(String k8s, Map<String, Object> domains) {
        return Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build())
                .kubeDNS(KubeDns.builder().putExtraFields("stubDomains", domains).build()).build();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("API access, not a CIDR, 1.19", with("1.19.9", Map.of("kubernetesApiAccess", List.of("bogus"))), "1.19",
                        "Invalid value::spec.kubernetesAPIAccess[0]::Could not be parsed as a CIDR"),
                row("ssh access, a bare address, 1.36", with("1.30.2", Map.of("sshAccess", List.of("10.0.0.1"))), "1.36",
                        "Invalid value::spec.sshAccess[0]::Could not be parsed as a CIDR (did you mean \"10.0.0.1/32\")"),
                lenient("node port access, host bits, lenient, 1.22", with("1.22.2", Map.of("nodePortAccess", List.of("0.0.0.0/0", "10.0.0.1/8"))),
                        "1.22", "Invalid value::spec.nodePortAccess[1]::Network contains bits outside prefix (did you mean \"10.0.0.0/8\")"),
                row("an empty entry, 1.28", with("1.28.2", Map.of("sshAccess", List.of(""))), "1.28",
                        "Invalid value::spec.sshAccess[0]::Could not be parsed as a CIDR"),
                row("IPv6 any, 1.24", with("1.24.3", Map.of("kubernetesApiAccess", List.of("::/0"), "sshAccess", List.of("0.0.0.0/0"))), "1.24"),
                row("prefix list, 1.22: not a CIDR", with("1.22.2", Map.of("kubernetesApiAccess", List.of("pl-12345678"))), "1.22",
                        "Invalid value::spec.kubernetesAPIAccess[0]::Could not be parsed as a CIDR"),
                row("prefix list, 1.24: accepted", with("1.24.3", Map.of("kubernetesApiAccess", List.of("pl-12345678"))), "1.24"),
                // on GCE kops-oracle 1.33.1 and 1.36 refuse a prefix list id in each list
                row("prefix list on GCE, 1.33", onGce(Map.of("kubernetesApiAccess", List.of("pl-12345678", "0.0.0.0/0"))), "1.33",
                        "Invalid value::spec.kubernetesAPIAccess[0]::Prefix List ID only supported for AWS"),
                row("security group and prefix list on GCE, 1.36", onGce(Map.of("sshAccess", List.of("sg-123", "pl-1"))), "1.36",
                        "Invalid value::spec.sshAccess[0]::Could not be parsed as a CIDR",
                        "Invalid value::spec.sshAccess[1]::Prefix List ID only supported for AWS"),
                row("security group id, 1.36: not a CIDR", with("1.30.2", Map.of("nodePortAccess", List.of("sg-12345678"))), "1.36",
                        "Invalid value::spec.nodePortAccess[0]::Could not be parsed as a CIDR"),
                row("nameserver not an address, 1.19", nameservers("1.19.9", "8.8.8.8", "bogus"), "1.19",
                        "Invalid value::spec.kubeDNS.upstreamNameservers[1]::Invalid nameserver given, should be a valid ip address"),
                row("nameserver with a port, 1.36", nameservers("1.30.2", "8.8.8.8:53"), "1.36",
                        "Invalid value::spec.kubeDNS.upstreamNameservers[0]"),
                row("nameservers IPv4 and IPv6, 1.36", nameservers("1.30.2", "8.8.8.8", "::1"), "1.36"),
                // stub domains (kops-oracle 1.19, 1.24, 1.28, 1.36; oracle/kube-dns-server.tsv has the texts)
                row("stub domain without nameservers, 1.19", stubDomains("1.19.9", Map.of("a.local", List.of())), "1.19",
                        "Invalid value::spec.kubeDNS.stubDomains[a.local]::No nameservers specified for the stub domain"),
                row("stub domain nameserver not an address, 1.36", stubDomains("1.30.2", Map.of("a.local", List.of("10.0.0.53", "x"))), "1.36",
                        "Invalid value::spec.kubeDNS.stubDomains[a.local][1]::Invalid nameserver given, should be a valid ip address"),
                row("stub domain nameservers addresses, 1.28", stubDomains("1.28.2", Map.of("a.local", List.of("10.0.0.53"))), "1.28"),
                // kops' order (kops-oracle 1.19, 1.24, 1.36): nameservers, ssh, API, node ports
                row("every list, 1.24: kops' order", Cluster.builder().from(nameservers("1.24.3", "bogus"))
                        .putExtraSpec("nodePortAccess", List.of("a")).putExtraSpec("sshAccess", List.of("b"))
                        .putExtraSpec("kubernetesApiAccess", List.of("c", "10.0.0.0/8", "d")).build(), "1.24",
                        "Invalid value::spec.kubeDNS.upstreamNameservers[0]", "Invalid value::spec.sshAccess[0]",
                        "Invalid value::spec.kubernetesAPIAccess[0]", "Invalid value::spec.kubernetesAPIAccess[2]",
                        "Invalid value::spec.nodePortAccess[0]"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
