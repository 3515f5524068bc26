package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Completion;
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

    private static Completion complete(Cluster c, String release) {
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
        Completion done = complete(c, "1.30.0");
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
        Cluster kr = E.create(CreateOptions.builder().networking("kube-router").build(), KopsVersion.of("1.19.0"));
        assertThat(kr.kubeProxy().get().enabled()).contains(false);
        assertThat(E.create(CreateOptions.builder().networking("kube-router").build(), KopsVersion.of("1.18.0")).kubeProxy()).isEmpty();
        Cluster weave = E.create(CreateOptions.builder().networking("weave").build(), KopsVersion.of("1.27.0"));
        assertThat(spec(weave).get("networking")).isEqualTo(Map.of("weave", Map.of("mtu", 8912)));
        assertThatThrownBy(() -> E.create(CreateOptions.builder().networking("weave").build(), KopsVersion.of("1.28.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown networking mode \"weave\"");
        assertThatThrownBy(() -> E.create(CreateOptions.builder().networking("canal").build(), KopsVersion.of("1.34.0")))
                .hasMessage("unknown networking mode \"canal\"");
        Cluster etcd = E.create(CreateOptions.builder().networking("cilium-etcd").build(), KopsVersion.of("1.30.0"));
        assertThat(etcd.etcdClusters()).anyMatch(e -> e.name().equals(java.util.Optional.of("cilium")));
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
