package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The networks a subnet's cidr must lie in: from kops 1.28 every one of networkCIDR and additionalNetworkCIDRs that
 * parses (an unparsable networkCIDR leaves the additional ones; " or an additionalNetworkCIDR" when more than one
 * parsed); up to 1.24 nothing is checked once networkCIDR is invalid (kops-oracle 1.19, 1.24, 1.28, 1.36 on
 * {@code networkCIDR: 172.20.0.0/33} with additional {@code 172.21.0.0/16}).
 */
class SubnetNetworksTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster cluster(String network, List<String> additional) {
        Networking.Builder n = Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR(network)
                .additionalNetworkCIDRs(additional).nonMasqueradeCIDR("100.64.0.0/10")
                .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").type("Public").cidr("172.20.32.0/19").build());
        return Cluster.builder().name("t.example.com").kubernetesVersion("1.28.0").cloud(Cloud.AWS).networking(n.build()).build();
    }

    static List<String> subnetFindings(String release, Cluster c) {
        return ENGINE.validate(c, KopsVersion.of(release), ValidationMode.LENIENT).errors().stream()
                .filter(d -> d.path().endsWith("subnets[0].cidr")).map(Diagnostic::detail).toList();
    }

    @ParameterizedTest
    @CsvSource({"1.28.0, 172.21.0.0/16, ''", "1.36.0, 172.21.0.0/16 172.22.0.0/16, ' or an additionalNetworkCIDR'",
        "1.36.0, 172.21.0.0/16 172.22.0.0/33, ''"})
    void anUnparsableNetworkLeavesTheAdditionalOnes(String release, String additional, String suffix) {
        assertThat(subnetFindings(release, cluster("172.20.0.0/33", List.of(additional.split(" ")))))
                .singleElement().asString().endsWith("is not a subnet of the networkCIDR \"172.20.0.0/33\"" + suffix);
    }

    @ParameterizedTest
    @CsvSource({"1.19.0", "1.24.0"})
    void earlierReleasesCheckNothingOnceNetworkCidrIsInvalid(String release) {
        assertThat(subnetFindings(release, cluster("172.20.0.0/33", List.of("172.21.0.0/16")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.28.0", "1.36.0"})
    void withoutAnyParsedNetworkNothingIsChecked(String release) {
        assertThat(subnetFindings(release, cluster("172.20.0.0/33", List.of()))).isEmpty();
    }
}
