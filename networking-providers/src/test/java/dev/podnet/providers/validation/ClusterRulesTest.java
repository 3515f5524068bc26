package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.KubenetSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cluster-level rules (spec B.2.8): CIDR syntax, overlap, containment, cloud constraints, subnets. */
class ClusterRulesTest {
    static final Cluster OK = aws("1.30.0", KubenetSpec.builder().build()).build();

    static Stream<Arguments> rows() {
        return Stream.of(
                row("valid default cluster", OK, "1.30"),
                row("valid at 1.25 (paths at spec top level)", OK, "1.25"),
                // rule 5: CIDR syntax, strict parse from 1.27
                row("bare IPv4 as CIDR, 1.27+", with(OK, n -> n.networkCIDR("192.168.0.1")), "1.30",
                        "Invalid value::spec.networking.networkCIDR::Could not be parsed as a CIDR (did you mean \"192.168.0.1/32\")"),
                row("host bits set, 1.27+", with(OK, n -> n.networkCIDR("10.128.0.0/8").subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("10.1.0.0/16").type("Public").build())), "1.30",
                        "Invalid value::spec.networking.networkCIDR::Network contains bits outside prefix (did you mean \"10.0.0.0/8\")"),
                row("host bits accepted up to 1.26 (lenient parse)", with(OK, n -> n.networkCIDR("172.20.0.1/16")), "1.26"),
                row("garbage up to 1.26", with(OK, n -> n.networkCIDR("invalid.example.com")), "1.25",
                        "Invalid value::spec.networkCIDR::Cluster had an invalid networkCIDR"),
                // rule 1: networkCIDR required on AWS (strict), wording by release
                row("networkCIDR missing, 1.26", with(OK, n -> n.networkCIDR(java.util.Optional.empty())), "1.26",
                        "Required value::spec.networking.networkCIDR::Cluster did not have networkCIDR set"),
                row("networkCIDR missing, 1.27", with(OK, n -> n.networkCIDR(java.util.Optional.empty())), "1.27",
                        "Required value::spec.networking.networkCIDR::Cluster does not have networkCIDR set"),
                lenient("networkCIDR missing is fine in the user's spec", with(OK, n -> n.networkCIDR(java.util.Optional.empty())), "1.30"),
                // rule 8: nonMasq overlapping networkCIDR; exempt for amazonvpc
                row("nonMasq overlaps networkCIDR", with(OK, n -> n.nonMasqueradeCIDR("172.16.0.0/12").podCIDR("172.24.0.0/16")
                                .serviceClusterIPRange("172.28.0.0/16")), "1.30",
                        "Forbidden::spec.networking.nonMasqueradeCIDR::nonMasqueradeCIDR \"172.16.0.0/12\" cannot overlap with networkCIDR \"172.20.0.0/16\""),
                row("nonMasq = networkCIDR is fine for amazonvpc", aws("1.30.0", AmazonVpcSpec.builder().build())
                        .networking(ipv4(AmazonVpcSpec.builder().build()).nonMasqueradeCIDR("172.20.0.0/16").podCIDR("172.20.0.0/16")
                                .serviceClusterIPRange("172.20.0.0/24").subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.32.0/19").type("Public").build()).build()).build(), "1.27"),
                // rule 11 (<=1.27) and rule 14 (1.28+)
                row("service range outside nonMasq, 1.27", with(OK, n -> n.serviceClusterIPRange("10.0.0.0/13")), "1.27",
                        "Forbidden::spec.networking.serviceClusterIPRange::serviceClusterIPRange \"10.0.0.0/13\" must be a subnet of nonMasqueradeCIDR \"100.64.0.0/10\""),
                row("service range outside nonMasq, 1.28: not checked", with(OK, n -> n.serviceClusterIPRange("10.0.0.0/13")), "1.28"),
                row("podCIDR outside nonMasq, 1.28", with(OK, n -> n.podCIDR("10.96.0.0/11")), "1.28",
                        "Forbidden::spec.networking.podCIDR::podCIDR \"10.96.0.0/11\" must be a subnet of nonMasqueradeCIDR \"100.64.0.0/10\""),
                row("podCIDR outside nonMasq, 1.27: not checked", with(OK, n -> n.podCIDR("10.96.0.0/11")), "1.27"),
                // rule 12: 1.28 only
                row("service overlaps podCIDR, 1.28", with(OK, n -> n.podCIDR("100.64.0.0/10")), "1.28",
                        "Forbidden::spec.networking.serviceClusterIPRange::serviceClusterIPRange \"100.64.0.0/13\" must not overlap podCIDR \"100.64.0.0/10\""),
                row("service overlaps podCIDR, 1.29: removed (#16340)", with(OK, n -> n.podCIDR("100.64.0.0/10")), "1.29"),
                // rule 13: podCIDR required strict 1.28+
                row("podCIDR missing, 1.28 strict", with(OK, n -> n.podCIDR(java.util.Optional.empty())), "1.28",
                        "Required value::spec.networking.podCIDR"),
                row("podCIDR missing, 1.27", with(OK, n -> n.podCIDR(java.util.Optional.empty())), "1.27"),
                // rule 7
                row("IPv6 nonMasq other than ::/0", awsIpv6("1.30.0", CalicoSpec.builder().encapsulationMode("none").build())
                                .networking(ValidationFixtures.awsIpv6("1.30.0", CalicoSpec.builder().encapsulationMode("none").build()).build().networking()
                                        .toBuilder().nonMasqueradeCIDR("fd00::/8").build()).build(), "1.30",
                        "Forbidden::spec.networking.nonMasqueradeCIDR::IPv6 clusters must have a nonMasqueradeCIDR of \"::/0\""),
                // IPv6 clusters need an external CCM at kops 1.23-1.29 (kops-oracle: 1.24 and 1.28 refuse, 1.22 and 1.30 accept)
                row("IPv6 without cloudControllerManager, 1.23", noCcm(awsIpv6("1.23.0", CalicoSpec.builder().encapsulationMode("none").build())), "1.23",
                        "Required value::spec.cloudControllerManager::IPv6 requires external Cloud Controller Manager"),
                row("IPv6 without cloudControllerManager, 1.29", noCcm(awsIpv6("1.29.0", CalicoSpec.builder().encapsulationMode("none").build())), "1.29",
                        "Required value::spec.cloudControllerManager::IPv6 requires external Cloud Controller Manager"),
                row("IPv6 without cloudControllerManager, 1.30: filled in before validation",
                        noCcm(awsIpv6("1.30.0", CalicoSpec.builder().encapsulationMode("none").build())), "1.30"),
                // an IPv6-only Private subnet needs no IPv4 cidr in an IPv6 cluster; in an IPv4 cluster it does
                row("IPv6 cluster, Private subnet with only ipv6CIDR", awsIpv6("1.30.0", CalicoSpec.builder().encapsulationMode("none").build()).build(), "1.30"),
                row("IPv4 cluster, Private subnet with only ipv6CIDR", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().name("a").zone("us-test-1a").type("Private").ipv6CIDR("/64#1").build())), "1.30",
                        "Required value::spec.networking.subnets[0].cidr::subnet does not have a cidr set"),
                // rules 22–24: subnets
                row("subnet outside networkCIDR and overlapping the service range (kops' worked case)",
                        with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("100.64.20.0/28").type("Public").build())
                                .serviceClusterIPRange("100.64.20.0/24").podCIDR("100.64.10.0/24")), "1.30",
                        "Forbidden::spec.networking.subnets[0].cidr::subnet \"a\" cidr \"100.64.20.0/28\" is not a subnet of the networkCIDR \"172.20.0.0/16\"",
                        "Forbidden::spec.networking.subnets[0].cidr::subnet \"a\" cidr \"100.64.20.0/28\" must not overlap serviceClusterIPRange \"100.64.20.0/24\""),
                row("subnet outside networkCIDR, 1.27 wording", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("10.0.0.0/24").type("Public").build())), "1.27",
                        "Forbidden::spec.networking.subnets[0].cidr::subnet \"a\" had a cidr \"10.0.0.0/24\" that was not a subnet of the networkCIDR \"172.20.0.0/16\""),
                row("subnet names: empty and duplicate; ids mixed", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Public").id("subnet-1").build())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.1.0/24").type("Public").build())
                                .addSubnets(Subnet.builder().zone("us-test-1a").cidr("172.20.2.0/24").type("Public").id("subnet-3").build())), "1.30",
                        "Duplicate value::spec.networking.subnets[1].name", "Forbidden::spec.networking.subnets[1].id",
                        "Required value::spec.networking.subnets[2].name"),
                // kops cannot build its AWS cloud without a region: BuildCloud's error alone (CloudBuildOracleTest)
                row("no subnets on AWS", with(OK, n -> n.subnets(List.of())), "1.30",
                        "Required value::spec.networking.subnets::Region is not a recognized EC2 region: \"\" (check you have specified valid zones?)"),
                row("AWS subnet without a zone", with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().name("a").cidr("172.20.32.0/19")
                                .type("Public").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].zone::invalid AWS zone: \"\" in subnet \"a\""),
                row("subnet cidr missing, strict", with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").type("Public").build())), "1.30",
                        "Required value::spec.networking.subnets[0].cidr::subnet does not have a cidr set"),
                // kops' PerformAssignments fails before validation and alone (kops-oracle 1.28-1.36, oracle/additional-routes.tsv)
                lenient("no block of networkCIDR left for a Private subnet beside a placed Utility one, 1.28+",
                        with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").type("Private").build())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("b").cidr("172.20.0.0/22").type("Utility").build())), "1.30",
                        "Required value::spec.networking.subnets[0].cidr::insufficient (big) CIDRs remaining for automatic CIDR allocation to subnet \"a\""),
                lenient("subnet cidr missing, lenient", with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").type("Public").build())), "1.30"),
                row("DualStack subnet in an IPv4 cluster, 1.24+", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("DualStack").build())), "1.24",
                        "Forbidden::spec.subnets[0].type::subnet type DualStack may only be used in IPv6 clusters"),
                row("unknown subnet type, 1.27+", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Shared").build())), "1.27",
                        "Unsupported value::spec.networking.subnets[0].type"),
                row("ipv6CIDR not IPv6", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Public").ipv6CIDR("10.0.0.0/8").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].ipv6CIDR"),
                // cloud constraints
                row("GCE without a project, 1.33+: kops cannot build its cloud", kopsCluster().name("c").kubernetesVersion("1.30.0").cloud(Cloud.GCE)
                                .networking(ipv4(KubenetSpec.builder().build()).networkCIDR(Optional.empty()).subnets(List.of())
                                        .addSubnets(Subnet.builder().name("a").region("us-test1").type("Public").build()).build()).build(), "1.33",
                        "Required value::spec.project::project is required for GCE - try gcloud config get-value project"),
                row("networkCIDR on GCE, 1.27 wording", kopsCluster().name("c").kubernetesVersion("1.27.0").cloud(Cloud.GCE)
                                .networking(ipv4(KubenetSpec.builder().build()).build()).build(), "1.27",
                        "Forbidden::spec.networking.networkCIDR::networkCIDR should not be set on GCE"),
                row("networkCIDR on GCE, 1.28 wording", kopsCluster().name("c").kubernetesVersion("1.28.0").cloud(Cloud.GCE)
                                .networking(ipv4(KubenetSpec.builder().build()).build()).build(), "1.28",
                        "Forbidden::spec.networking.networkCIDR::gce doesn't support networkCIDR",
                        "Required value::spec.networking.subnets[0].region::region must be specified"),
                row("additionalNetworkCIDRs off AWS, 1.27+", kopsCluster().name("c").kubernetesVersion("1.28.0").cloud(Cloud.HETZNER)
                                .networking(ipv4(KubenetSpec.builder().build()).networkCIDR("10.0.0.0/16").addAdditionalNetworkCIDRs("10.1.0.0/16")
                                        .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("10.0.0.0/24").type("Public").build()).build()).build(), "1.28",
                        "Forbidden::spec.networking.additionalNetworkCIDRs::hetzner doesn't support additionalNetworkCIDRs"),
                // rule 15
                row("KCM clusterCIDR outside nonMasq", OK.toBuilder().kubeControllerManager(KubeControllerManager.builder().clusterCIDR("10.0.0.0/11").build()).build(), "1.30",
                        "Forbidden::spec.kubeControllerManager.clusterCIDR"),
                // cilium ENI is exempt from the overlap rule
                row("nonMasq overlapping networkCIDR with cilium ENI", kubeProxyOff(aws("1.30.0", CiliumSpec.builder().ipam("eni").build()))
                        .networking(ipv4(CiliumSpec.builder().ipam("eni").build()).nonMasqueradeCIDR("172.16.0.0/12").podCIDR("172.24.0.0/16")
                                .serviceClusterIPRange("172.28.0.0/16").subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.32.0/19").type("Public").build()).build()).build(), "1.27"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }

    private static Cluster noCcm(Cluster.Builder b) {
        Cluster c = b.build();
        java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>(c.extraSpec());
        extra.remove("cloudControllerManager");
        return c.toBuilder().extraSpec(extra).build();
    }
}
