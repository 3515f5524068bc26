package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.spi.DefaultsApplied;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.Networking;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;

/** Each rule just before and at the release that introduced or changed it. */
class RuleBoundariesTest {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();

    private static Cluster aws(Networking n) {
        return Cluster.builder().name("x.example.com").kubernetesVersion("1.30.0").cloud(Cloud.AWS).networking(n).build();
    }

    private static DefaultsApplied complete(Cluster c, String release) {
        return E.complete(c, KopsVersion.of(release));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Cluster c) {
        return (Map<String, Object>) ClusterYaml.toMap(c).get("spec");
    }

    @Test
    void serviceRangeFollowsNonMasqueradeUntil128ThenFixed() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).nonMasqueradeCIDR("172.20.0.0/16").build());
        assertThat(complete(c, "1.27.0").cluster().networking().serviceClusterIPRange()).contains("172.20.0.0/19");
        assertThat(complete(c, "1.28.0").cluster().networking().serviceClusterIPRange()).contains("100.64.0.0/13");
    }

    @Test
    void serviceRangeCappedFrom122() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).nonMasqueradeCIDR("10.0.0.0/8").build());
        assertThat(complete(c, "1.21.0").cluster().networking().serviceClusterIPRange()).contains("10.0.0.0/11");
        assertThat(complete(c, "1.22.0").cluster().networking().serviceClusterIPRange()).contains("10.0.0.0/12");
    }

    @Test
    void podRangeMovesFromKcmToPodCidrIn122() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).build());
        Cluster c121 = complete(c, "1.21.0").cluster();
        assertThat(c121.networking().podCIDR()).isEmpty();
        assertThat(c121.kubeControllerManager().get().clusterCIDR()).contains("100.96.0.0/11");
        Cluster c122 = complete(c, "1.22.0").cluster();
        assertThat(c122.networking().podCIDR()).contains("100.96.0.0/11");
        assertThat(c122.kubeProxy().get().clusterCIDR()).contains("100.96.0.0/11");
    }

    @Test
    void ipv6OnlyGetsFixedServiceRangeAndNoPodRange() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).nonMasqueradeCIDR("::/0").build());
        Cluster done = complete(c, "1.23.0").cluster();
        assertThat(done.networking().serviceClusterIPRange()).contains("fd00:5e4f:ce::/108");
        assertThat(done.networking().podCIDR()).isEmpty();
        assertThat(done.kubeProxy().flatMap(k -> k.clusterCIDR())).isEmpty();
        assertThat(spec(done).get("networking")).isEqualTo(Map.of("calico", Map.of("encapsulationMode", "none")));
    }

    @Test
    void calicoEncapsulationFrom119AndAzureVxlanFrom135() {
        Cluster c = aws(Networking.of(CalicoSpec.builder().build()));
        assertThat(complete(c, "1.18.0").cluster().networking().provider(CalicoSpec.class).get().encapsulationMode()).isEmpty();
        assertThat(complete(c, "1.19.0").cluster().networking().provider(CalicoSpec.class).get().encapsulationMode()).contains("ipip");
        Cluster az = c.toBuilder().cloud(Cloud.AZURE).build();
        assertThat(complete(az, "1.34.0").cluster().networking().provider(CalicoSpec.class).get().encapsulationMode()).contains("ipip");
        assertThat(complete(az, "1.35.0").cluster().networking().provider(CalicoSpec.class).get().encapsulationMode()).contains("vxlan");
    }

    @Test
    void userValuesWin() {
        Cluster c = aws(Networking.of(CalicoSpec.builder().encapsulationMode("vxlan").build()));
        DefaultsApplied done = complete(c, "1.30.0");
        assertThat(done.cluster().networking().provider(CalicoSpec.class).get().encapsulationMode()).contains("vxlan");
        assertThat(done.applied()).noneMatch(a -> a.path().endsWith("encapsulationMode"));
    }

    @Test
    void ciliumVersionByRelease() {
        Cluster c = aws(Networking.of(CiliumSpec.builder().build()));
        assertThat(complete(c, "1.33.0").cluster().networking().provider(CiliumSpec.class).get().version()).contains("v1.16.7");
        assertThat(complete(c, "1.34.0").cluster().networking().provider(CiliumSpec.class).get().version()).contains("v1.18.2");
        assertThat(complete(c, "1.37.0-alpha.1").cluster().networking().provider(CiliumSpec.class).get().version()).contains("v1.18.12");
        assertThat(complete(c, "1.34.0").applied()).anyMatch(a -> a.rule().equals("cilium.version") && a.reason().contains(">=1.34"));
    }

    @Test
    void ciliumEniRules() {
        Cluster c = aws(Networking.of(CiliumSpec.builder().ipam("eni").build()));
        CiliumSpec s125 = complete(c, "1.25.0").cluster().networking().provider(CiliumSpec.class).get();
        assertThat(s125.tunnel()).contains("disabled");
        assertThat(s125.disableMasquerade()).contains(true);
        assertThat(s125.enableBPFMasquerade()).contains(false);
        CiliumSpec s126 = complete(c, "1.26.0").cluster().networking().provider(CiliumSpec.class).get();
        assertThat(s126.disableMasquerade()).contains(false);
        assertThat(s126.enableBPFMasquerade()).contains(true);
    }

    @Test
    void impliedKubenetUntil126() {
        Cluster c = aws(Networking.empty());
        assertThat(complete(c, "1.25.0").cluster().networking().providerKind()).contains(ProviderKind.KUBENET);
        assertThat(complete(c, "1.26.0").cluster().networking().providerKind()).isEmpty();
    }

    @Test
    void createDefaultProviderAndSideEffects() {
        CreateOptions o = CreateOptions.builder().addZones("us-test-1a").build();
        assertThat(E.create(o, KopsVersion.of("1.25.0")).networking().providerKind()).contains(ProviderKind.KUBENET);
        Cluster cil = E.create(o, KopsVersion.of("1.26.0"));
        assertThat(cil.networking().providerKind()).contains(ProviderKind.CILIUM);
        assertThat(cil.kubeProxy().get().enabled()).contains(false);
        Cluster kr = E.create(CreateOptions.builder().addZones("us-test-1a").networking("kube-router").build(), KopsVersion.of("1.19.0"));
        assertThat(kr.kubeProxy().get().enabled()).contains(false);
        assertThat(E.create(CreateOptions.builder().addZones("us-test-1a").networking("kube-router").build(), KopsVersion.of("1.18.0")).kubeProxy()).isEmpty();
        Cluster weave = E.create(CreateOptions.builder().addZones("us-test-1a").networking("weave").build(), KopsVersion.of("1.27.0"));
        assertThat(spec(weave).get("networking")).isEqualTo(Map.of("weave", Map.of("mtu", 8912)));
        assertThatThrownBy(() -> E.create(CreateOptions.builder().addZones("us-test-1a").networking("weave").build(), KopsVersion.of("1.28.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown networking mode \"weave\"");
        assertThatThrownBy(() -> E.create(CreateOptions.builder().addZones("us-test-1a").networking("canal").build(), KopsVersion.of("1.34.0")))
                .hasMessage("unknown networking mode \"canal\"");
        Cluster etcd = E.create(CreateOptions.builder().addZones("us-test-1a").networking("cilium-etcd").build(), KopsVersion.of("1.30.0"));
        assertThat(etcd.etcdClusters()).anyMatch(e -> e.name().equals(java.util.Optional.of("cilium")));
    }

    @Test
    void createSubnetCidrsLegacyUntil128ThenSplit() {
        CreateOptions o = CreateOptions.builder().networking("cni").addZones("us-test-1a", "us-test-1b").build();
        assertThat(E.create(o, KopsVersion.of("1.27.0")).networking().subnets()).extracting(s -> s.cidr().orElse(""))
                .containsExactly("172.20.32.0/19", "172.20.64.0/19");
        assertThat(E.create(o, KopsVersion.of("1.28.0")).networking().subnets()).extracting(s -> s.cidr().orElse(""))
                .containsExactly("172.20.0.0/17", "172.20.128.0/17");
    }

    @Test
    void createPrivateTopologyAddsUtilitySubnetsAndBastionRules() {
        CreateOptions o = CreateOptions.builder().name("p.example.com").networking("calico").addZones("us-test-1b", "us-test-1a")
                .requestedTopology("private").bastion(true).egress("nat-1").dnsType("public").build();
        Cluster c = E.create(o, KopsVersion.of("1.30.0"));
        assertThat(c.networking().subnets()).extracting(s -> s.name().get() + " " + s.type().get() + " " + s.cidr().get())
                .containsExactly("us-test-1a Private 172.20.64.0/18", "us-test-1b Private 172.20.128.0/18",
                        "utility-us-test-1a Utility 172.20.0.0/21", "utility-us-test-1b Utility 172.20.8.0/21");
        assertThat(c.networking().subnets().get(0).egress()).contains("nat-1");
        assertThat(c.networking().topology().get().bastion()).contains(Map.of("bastionPublicName", "bastion.p.example.com"));
        assertThatThrownBy(() -> E.create(CreateOptions.builder().addZones("a-1a").networking("kubenet").requestedTopology("private").build(),
                KopsVersion.of("1.30.0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid networking option kubenet. Kubenet does not support private topology");
        assertThatThrownBy(() -> E.create(CreateOptions.builder().addZones("a-1a").networking("cni").bastion(true).build(),
                KopsVersion.of("1.30.0"))).hasMessage("bastion supports --topology='private' only.");
    }

    @Test
    void createDnsTypeByRelease() {
        CreateOptions o = CreateOptions.builder().name("g.k8s.local").networking("cni").addZones("us-test-1a").build();
        assertThat(E.create(o, KopsVersion.of("1.25.0")).networking().topology().get().dnsType()).contains("Public");
        assertThat(E.create(o, KopsVersion.of("1.26.0")).networking().topology().get().dnsType()).contains("Private");
        assertThat(E.create(o, KopsVersion.of("1.29.0")).networking().topology().get().dnsType()).contains("None");
        assertThat(E.create(o, KopsVersion.of("1.27.0")).networking().topology().get().masters()).contains("public");
        assertThat(E.create(o, KopsVersion.of("1.28.0")).networking().topology().get().masters()).isEmpty();
    }

    @Test
    void createIpv6Forms() {
        CreateOptions o = CreateOptions.builder().networking("calico").addZones("us-test-1a").ipv6(true).build();
        assertThatThrownBy(() -> E.create(o, KopsVersion.of("1.21.0"))).hasMessage("unknown flag: --ipv6");
        Cluster c122 = E.create(o, KopsVersion.of("1.22.0"));
        assertThat(c122.networking().nonMasqueradeCIDR()).contains("100.64.0.0/10");
        assertThat(c122.extraSpec()).doesNotContainKey("cloudControllerManager");
        Cluster c123 = E.create(o, KopsVersion.of("1.23.0"));
        assertThat(c123.networking().nonMasqueradeCIDR()).contains("::/0");
        assertThat(c123.extraSpec()).containsKey("cloudControllerManager");
        assertThat(c123.networking().subnets()).extracting(s -> s.ipv6CIDR().get()).containsExactly("/64#0");
        Cluster c126 = E.create(o, KopsVersion.of("1.26.0"));
        assertThat(c126.networking().subnets()).extracting(s -> s.type().get()).containsExactly("Private", "DualStack", "Utility");
        assertThat(c126.networking().subnets().get(0).cidr()).isEmpty();
        Cluster gce = E.create(CreateOptions.builder().networking("calico").cloud(Cloud.GCE)
                .addZones("us-test1-a").ipv6(true).build(), KopsVersion.of("1.26.0"));
        assertThat(gce.networking().subnets()).allMatch(s -> s.ipv6CIDR().isEmpty());
    }

    @Test
    void createCalicoBpfDisablesKubeProxyFrom136() {
        CreateOptions o = CreateOptions.builder().networking("calico").addZones("us-test-1a")
                .addSets("cluster.spec.networking.calico.bpfEnabled=true").build();
        assertThat(E.create(o, KopsVersion.of("1.35.0")).kubeProxy()).isEmpty();
        Cluster c = E.create(o, KopsVersion.of("1.36.0"));
        assertThat(c.kubeProxy().get().enabled()).contains(false);
        assertThat(c.networking().provider(CalicoSpec.class).get().bpfEnabled()).contains(true);
    }

    @Test
    void egressProxyExcludesKeepUserEntriesFirst() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("10.0.0.0/16")
                .egressProxy(dev.podnet.api.EgressProxy.builder().host("proxy").port(3128).excludes("example.org,localhost").build()).build());
        assertThat(complete(c, "1.30.0").cluster().networking().egressProxy().get().excludes()).contains(
                "example.org,localhost,127.0.0.1,api.x.example.com,x.example.com,100.64.0.1,100.64.0.0/10,169.254.169.254,10.0.0.0/16");
    }

    /** additionalNetworkCIDRs join the excludes from 1.28, not at 1.24 (kops-oracle 1.19-1.24 / 1.28-1.36). */
    @Test
    void egressProxyExcludesTakeTheAdditionalNetworksFrom128() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16").addAdditionalNetworkCIDRs("10.1.0.0/16")
                .egressProxy(dev.podnet.api.EgressProxy.builder().host("proxy.example.com").build()).build());
        String base = "127.0.0.1,localhost,api.x.example.com,x.example.com,100.64.0.1,100.64.0.0/10,169.254.169.254,172.20.0.0/16";
        assertThat(complete(c, "1.24.0").cluster().networking().egressProxy().get().excludes()).contains(base);
        assertThat(complete(c, "1.28.0").cluster().networking().egressProxy().get().excludes()).contains(base + ",10.1.0.0/16");
    }

    /** An IPv6 non-masquerade range gives its first address too (kops-oracle 1.22-1.36: "::/0" gives "::1"). */
    @Test
    void egressProxyExcludesTakeTheFirstIpv6Address() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("::/0")
                .egressProxy(dev.podnet.api.EgressProxy.builder().host("proxy.example.com").build()).build());
        assertThat(complete(c, "1.33.1").cluster().networking().egressProxy().get().excludes())
                .contains("127.0.0.1,localhost,api.x.example.com,x.example.com,::1,::/0,169.254.169.254,172.20.0.0/16");
    }

    /** kops reads clusterDNSDomain as written, before its default (kops-oracle 1.19 and 1.36, AWS Calico scaffolding). */
    @Test
    void egressProxyExcludesTakeTheClusterDnsDomainOnlyAsWritten() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16")
                .egressProxy(dev.podnet.api.EgressProxy.builder().host("proxy.example.com").build()).build());
        Cluster written = c.toBuilder().putExtraSpec("clusterDNSDomain", "foo.local").build();
        for (String release : new String[] {"1.19.0", "1.36.0"}) {
            assertThat(complete(written, release).cluster().networking().egressProxy().get().excludes()).contains(
                    "127.0.0.1,localhost,foo.local,api.x.example.com,x.example.com,100.64.0.1,100.64.0.0/10,169.254.169.254,172.20.0.0/16");
            assertThat(complete(c, release).cluster().networking().egressProxy().get().excludes()).contains(
                    "127.0.0.1,localhost,api.x.example.com,x.example.com,100.64.0.1,100.64.0.0/10,169.254.169.254,172.20.0.0/16");
        }
    }

    @Test
    void calicoIpipModeOnlyOn119To121() {
        Cluster c = aws(Networking.of(CalicoSpec.builder().build()));
        assertThat(complete(c, "1.18.0").cluster().networking().provider(CalicoSpec.class).get().ipipMode()).isEmpty();
        assertThat(complete(c, "1.19.0").cluster().networking().provider(CalicoSpec.class).get().ipipMode()).contains("Always");
        assertThat(complete(c, "1.21.0").cluster().networking().provider(CalicoSpec.class).get().ipipMode()).contains("Always");
        assertThat(complete(c, "1.22.0").cluster().networking().provider(CalicoSpec.class).get().ipipMode()).isEmpty();
        Cluster cross = aws(Networking.of(CalicoSpec.builder().crossSubnet(true).build()));
        assertThat(complete(cross, "1.20.0").cluster().networking().provider(CalicoSpec.class).get().ipipMode()).contains("CrossSubnet");
        Cluster vx = aws(Networking.of(CalicoSpec.builder().encapsulationMode("vxlan").build()));
        assertThat(complete(vx, "1.20.0").cluster().networking().provider(CalicoSpec.class).get().ipipMode()).contains("Never");
    }

    @Test
    void ciliumOldVersionsAndHostscopeIpam() {
        Cluster old = aws(Networking.of(CiliumSpec.builder().build())).toBuilder().kubernetesVersion("1.11.10").build();
        CiliumSpec s119 = complete(old, "1.19.0").cluster().networking().provider(CiliumSpec.class).get();
        assertThat(s119.version()).contains("v1.6.12");
        assertThat(s119.ipam()).contains("hostscope");
        assertThat(complete(old, "1.20.0").cluster().networking().provider(CiliumSpec.class).get().version()).contains("v1.9.4");
        Cluster pinned = aws(Networking.of(CiliumSpec.builder().version("v1.7.5").build()));
        assertThat(complete(pinned, "1.21.0").cluster().networking().provider(CiliumSpec.class).get().ipam()).contains("hostscope");
        assertThat(complete(pinned, "1.22.0").cluster().networking().provider(CiliumSpec.class).get().ipam()).contains("kubernetes");
        Cluster current = aws(Networking.of(CiliumSpec.builder().build()));
        assertThat(complete(current, "1.19.0").cluster().networking().provider(CiliumSpec.class).get().ipam()).contains("kubernetes");
    }

    @Test
    void kcmNodeCidrsAndCloudRoutes() {
        Cluster kubenet = aws(Networking.of(dev.podnet.api.provider.KubenetSpec.builder().build()));
        assertThat(complete(kubenet, "1.30.0").cluster().kubeControllerManager().get().configureCloudRoutes()).contains(true);
        Cluster calico = aws(Networking.of(CalicoSpec.builder().build()));
        assertThat(complete(calico, "1.30.0").cluster().kubeControllerManager().get().configureCloudRoutes()).contains(false);
        Cluster v6 = aws(Networking.builder().provider(CalicoSpec.builder().build()).nonMasqueradeCIDR("::/0").build());
        assertThat(complete(v6, "1.22.0").cluster().kubeControllerManager().get().allocateNodeCIDRs()).contains(true);
        assertThat(complete(v6, "1.23.0").cluster().kubeControllerManager().get().allocateNodeCIDRs()).contains(false);
        assertThat(complete(calico, "1.23.0").cluster().kubeControllerManager().get().allocateNodeCIDRs()).contains(true);
    }

    @Test
    void ipv6FormsOf122() {
        Cluster c = aws(Networking.builder().provider(CalicoSpec.builder().build()).nonMasqueradeCIDR("::/0").build());
        Cluster c122 = complete(c, "1.22.0").cluster();
        assertThat(c122.networking().serviceClusterIPRange()).contains("::/108");
        // kops 1.22 (kops-oracle): the second /96 of ::/0, on KCM and kube-proxy too
        assertThat(c122.networking().podCIDR()).contains("::1:0:0/96");
        assertThat(c122.kubeControllerManager().get().clusterCIDR()).contains("::1:0:0/96");
        assertThat(c122.kubeProxy().get().clusterCIDR()).contains("::1:0:0/96");
        Cluster c123 = complete(c, "1.23.0").cluster();
        assertThat(c123.networking().serviceClusterIPRange()).contains("fd00:5e4f:ce::/108");
        assertThat(c123.networking().podCIDR()).isEmpty();
    }

    @Test
    void lifecycle() {
        assertThat(E.plugin(ProviderKind.WEAVE).get().info(KopsVersion.of("1.27.0")).status()).isEqualTo(ProviderStatus.DEPRECATED);
        assertThat(E.plugin(ProviderKind.WEAVE).get().info(KopsVersion.of("1.28.0")).status()).isEqualTo(ProviderStatus.REMOVED);
        assertThat(E.plugin(ProviderKind.KINDNET).get().info(KopsVersion.of("1.31.0")).status()).isEqualTo(ProviderStatus.UNAVAILABLE);
        assertThat(E.plugin(ProviderKind.KINDNET).get().info(KopsVersion.of("1.32.0")).networkingNames()).containsExactly("kindnet");
        assertThat(E.providers(KopsVersion.of("1.30.0"))).hasSize(ProviderKind.values().length);
    }
}
