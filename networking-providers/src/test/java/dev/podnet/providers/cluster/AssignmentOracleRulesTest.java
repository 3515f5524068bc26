package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.spi.DefaultsApplied;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.KindnetSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import dev.podnet.providers.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kops' PerformAssignments as kops-oracle answered on generated specs (issue 9), one rule per test. */
class AssignmentOracleRulesTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    private static DefaultsApplied complete(Cluster c, String release) {
        return ENGINE.complete(c, KopsVersion.of(release));
    }

    private static Cluster gceKindnet(Networking.Builder n) {
        return Cluster.builder().name("minimal.example.com").kubernetesVersion("1.31.2").cloud(Cloud.GCE)
                .networking(n.provider(KindnetSpec.builder().build()).build()).build();
    }

    private static Subnet gceSubnet(String cidr) {
        Subnet.Builder s = Subnet.builder().name("us-test1").region("us-test1").type("Public");
        if (cidr != null) s.cidr(cidr);
        return s.build();
    }

    /** kops 1.33/1.36: unless pod range, service range and subnet cidr are all set, IP aliases allocate all three afresh. */
    @Test
    void gceIpAliasesReplaceTheUsersRangesUnlessAllAreSet() {
        Cluster partial = gceKindnet(Networking.builder().nonMasqueradeCIDR("100.64.0.0/10").podCIDR("10.8.0.0/14")
                .addSubnets(gceSubnet("10.0.64.0/19")));
        Networking n = complete(partial, "1.33.1").cluster().networking();
        assertThat(n.nonMasqueradeCIDR()).contains("10.0.0.0/8");
        assertThat(n.podCIDR()).contains("10.4.0.0/14");
        assertThat(n.serviceClusterIPRange()).contains("10.1.0.0/16");
        assertThat(n.subnets().get(0).cidr()).contains("10.0.32.0/19");

        Cluster all = gceKindnet(Networking.builder().nonMasqueradeCIDR("10.0.0.0/8").podCIDR("10.8.0.0/14")
                .serviceClusterIPRange("10.2.0.0/16").addSubnets(gceSubnet("10.0.64.0/19")));
        Networking kept = complete(all, "1.36.0").cluster().networking();
        assertThat(kept.podCIDR()).contains("10.8.0.0/14");
        assertThat(kept.serviceClusterIPRange()).contains("10.2.0.0/16");
        assertThat(kept.subnets().get(0).cidr()).contains("10.0.64.0/19");
    }

    /** kops 1.19 and 1.28: with amazonvpc and a defaulted network CIDR the non-masquerade range is the VPC's, over the user's. */
    @Test
    void amazonVpcNonMasqueradeIsTheDefaultedNetworkOverTheUsers() {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.19.5").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(AmazonVpcSpec.builder().build()).nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").type("Public").build()).build()).build();
        assertThat(complete(c, "1.19.0").cluster().networking().nonMasqueradeCIDR()).contains("172.20.0.0/16");
        assertThat(complete(c, "1.28.0").cluster().networking().nonMasqueradeCIDR()).contains("172.20.0.0/16");
        Cluster own = c.toBuilder().networking(c.networking().toBuilder().networkCIDR("172.20.0.0/16").build()).build();
        assertThat(complete(own, "1.28.0").cluster().networking().nonMasqueradeCIDR()).contains("100.64.0.0/10");
    }

    /** kops 1.19 and 1.21 drop a subnet's ipv6CIDR (unknown to their decoder); 1.22 keeps it. */
    @Test
    void subnetIpv6CidrUnknownBefore122() {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.19.5").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16")
                        .nonMasqueradeCIDR("100.64.0.0/10").addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a")
                                .type("Public").cidr("172.20.32.0/19").ipv6CIDR("/64#0").build()).build()).build();
        assertThat(complete(c, "1.21.0").cluster().networking().subnets().get(0).ipv6CIDR()).isEmpty();
        assertThat(complete(c, "1.22.0").cluster().networking().subnets().get(0).ipv6CIDR()).contains("/64#0");
    }

    /**
     * An IPv6 Private subnet without a cidr is given none, but before 1.36 it still runs the split; with no free
     * block left kops 1.28 and 1.33 fail, 1.36 skips the assignment (kops-oracle).
     */
    @Test
    void ipv6PrivateSubnetWithoutCidrStillRunsTheSplitBefore136() {
        Networking.Builder n = Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("10.10.0.0/16").nonMasqueradeCIDR("::/0");
        String[][] rows = {{"a", "Private", "10.10.32.0/19"}, {"ua", "Utility", "10.10.64.0/19"}, {"b", "Private", null},
            {"ub", "Utility", "10.10.128.0/19"}, {"c", "DualStack", "10.10.160.0/19"}, {"uc", "Utility", "10.10.192.0/19"}};
        int i = 0;
        for (String[] r : rows) {
            Subnet.Builder s = Subnet.builder().name(r[0]).zone("us-test-1" + "abc".charAt(i++ / 2)).type(r[1]).ipv6CIDR("/64#" + i);
            if (r[2] != null) s.cidr(r[2]);
            n.addSubnets(s.build());
        }
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS).networking(n.build()).build();
        List<String> cidrs136 = complete(c, "1.36.0").cluster().networking().subnets().stream().map(s -> s.cidr().orElse("-")).toList();
        assertThat(cidrs136).containsExactly("10.10.32.0/19", "10.10.64.0/19", "-", "10.10.128.0/19", "10.10.160.0/19", "10.10.192.0/19");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(c, "1.33.1"))
                .hasMessageContaining("could not find any non-overlapping CIDRs in parent NetworkCIDR");
    }

    /** kops validates after PerformAssignments: a podCIDR outside the default non-masquerade range fails even when the input has none. */
    @Test
    void lenientValidationSeesTheAssignedNonMasqueradeRange() {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.23.1").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(AmazonVpcSpec.builder().build()).networkCIDR("172.20.0.0/16").podCIDR("172.20.0.0/16")
                        .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").type("Public").cidr("172.20.32.0/19").build())
                        .build()).build();
        List<Diagnostic> found = new Validator().validate(c, KopsVersion.of("1.28.0"), ValidationMode.LENIENT).errors();
        assertThat(found).extracting(Diagnostic::path).containsExactly("spec.networking.podCIDR");
        assertThat(found.get(0).detail()).contains("must be a subnet of nonMasqueradeCIDR \"100.64.0.0/10\"");
    }
}
