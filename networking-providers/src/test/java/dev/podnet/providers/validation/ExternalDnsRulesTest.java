package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.OutsideNetworkingSpecs.map;
import static dev.podnet.providers.validation.OutsideNetworkingSpecs.with;
import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.Topology;
import dev.podnet.api.ValidationMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code externalDns} checks (ExternalDnsRules), as kops-oracle judged the minimal AWS Calico cluster at 1.19, 1.20,
 * 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 (91 runs): provider {@code bogus}, {@code none}, {@code ""},
 * {@code dns-controller}, {@code external-dns}; watchNamespace {@code default} and {@code kube-system};
 * {@code external-dns} on a gossip cluster ({@code .k8s.local}) and with DNS topology None. 1.19-1.21 accept them all.
 */
class ExternalDnsRulesTest {
    static final String WATCH = "Forbidden::spec.externalDNS.watchNamespace::externalDNS must watch either all namespaces or only kube-system";
    static final String GOSSIP = "Forbidden::spec.externalDNS.provider::external-dns does not support gossip clusters";
    static final String DNS_TOPOLOGY = "Forbidden::spec.externalDNS.provider::external-dns requires public or private DNS topology";

    static Cluster provider(String k8s, String provider) {
        return with(k8s, "externalDns", map("provider", provider));
    }

    static Cluster gossip(String k8s) {
        return provider(k8s, "external-dns").toBuilder().name("minimal.k8s.local").build();
    }

    static Cluster noneDns(String k8s, String provider) {
        return ValidationFixtures.with(provider(k8s, provider), n -> n.topology(Topology.builder().dnsType("None").build()));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("bogus, 1.21", provider("1.21.14", "bogus"), "1.21"),
                row("bogus, 1.22", provider("1.22.17", "bogus"), "1.22", "Unsupported value::spec.externalDNS.provider"),
                row("none, 1.22", provider("1.22.17", "none"), "1.22", "Unsupported value::spec.externalDNS.provider"),
                row("none, 1.24", provider("1.24.17", "none"), "1.24"),
                row("bogus, 1.36", provider("1.33.0", "bogus"), "1.36", "Unsupported value::spec.externalDNS.provider"),
                row("empty, 1.28", provider("1.28.15", ""), "1.28"),
                row("dns-controller, 1.30", provider("1.30.2", "dns-controller"), "1.30"),
                row("external-dns, 1.33", provider("1.30.2", "external-dns"), "1.33"),
                row("watchNamespace default, 1.21", with("1.21.14", "externalDns", map("watchNamespace", "default")), "1.21"),
                row("watchNamespace default, 1.24", with("1.24.17", "externalDns", map("watchNamespace", "default")), "1.24", WATCH),
                row("watchNamespace kube-system, 1.36", with("1.33.0", "externalDns", map("watchNamespace", "kube-system")), "1.36"),
                row("bogus provider and watchNamespace, 1.28: kops' order", with("1.28.15", "externalDns",
                        map("provider", "bogus", "watchNamespace", "default")), "1.28", "Unsupported value::spec.externalDNS.provider", WATCH),
                row("external-dns on a gossip cluster, 1.21", gossip("1.21.14"), "1.21"),
                lenient("external-dns on a gossip cluster, lenient, 1.22: the completed spec only", gossip("1.22.17"), "1.22"),
                row("external-dns on a gossip cluster, 1.22 at Kubernetes 1.21", gossip("1.21.0"), "1.22", GOSSIP),
                row("external-dns on a gossip cluster, 1.24", gossip("1.24.17"), "1.24", GOSSIP),
                lenient("external-dns on a gossip cluster, lenient, 1.28", gossip("1.28.15"), "1.28", DNS_TOPOLOGY),
                row("external-dns on a gossip cluster, 1.36", gossip("1.33.0"), "1.36", DNS_TOPOLOGY),
                row("dns-controller on a gossip cluster, 1.24", provider("1.24.17", "dns-controller").toBuilder().name("minimal.k8s.local").build(), "1.24"),
                row("external-dns with DNS None, 1.30", noneDns("1.30.2", "external-dns"), "1.30", DNS_TOPOLOGY),
                row("dns-controller with DNS None, 1.36", noneDns("1.33.0", "dns-controller"), "1.36"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
