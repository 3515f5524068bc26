package dev.podnet.api.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.podnet.api.yaml.internal.ReadLimits;
import dev.podnet.api.yaml.internal.ProviderCodecs;
import dev.podnet.api.yaml.internal.ReadContext;
import dev.podnet.api.yaml.internal.YamlLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each provider model writes kops' JSON names and values, and reads them back. */
class ProviderCodecsTest {

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void everyProviderKindHasACodec(ProviderKind kind) {
        assertThat(ProviderCodecs.codec(kind)).isPresent();
    }

    @Test
    void emptyProvidersWriteAnEmptyObject() {
        List<ProviderSpec> empty = List.of(KubenetSpec.builder().build(), ExternalSpec.builder().build(),
                KopeioSpec.builder().build(), GcpSpec.builder().build(), ClassicSpec.builder().build(),
                CniSpec.builder().build(), KubeRouterSpec.builder().build());
        for (ProviderSpec spec : empty) {
            assertThat(ProviderCodecs.write(spec)).as(spec.kind().name()).isEmpty();
        }
        assertThat(GcpSpec.builder().build().kind()).isEqualTo(ProviderKind.GCP);
        assertThat(GcpSpec.builder().build().kind().key()).isEqualTo("gce");
    }

    @Test
    void extraFieldsFollowTheModelledFields() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("futureField", "x");
        extra.put("nullField", null);
        KubenetSpec spec = KubenetSpec.builder().extraFields(extra).build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(entry("futureField", "x"), entry("nullField", null));

        CniSpec cni = CniSpec.builder().usesSecondaryIP(true).putExtraFields("later", 1).build();
        assertThat(ProviderCodecs.write(cni)).containsExactly(entry("usesSecondaryIP", true), entry("later", 1));
    }

    @Test
    void canal() {
        CanalSpec spec = CanalSpec.builder()
                .chainInsertMode(CanalSpec.ChainInsertMode.APPEND)
                .cpuRequest("200m")
                .defaultEndpointToHostAction(CanalSpec.EndpointToHostAction.DROP)
                .disableFlannelForwardRules(true)
                .flanneldIptablesForwardRules(false)
                .iptablesBackend(CanalSpec.IptablesBackend.NFT)
                .logSeveritySys(CanalSpec.LogSeverity.WARNING)
                .mtu(1400)
                .typhaReplicas(2)
                .build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(
                entry("chainInsertMode", "append"),
                entry("cpuRequest", "200m"),
                entry("defaultEndpointToHostAction", "DROP"),
                entry("disableFlannelForwardRules", true),
                entry("flanneldIptablesForwardRules", false),
                entry("iptablesBackend", "NFT"),
                entry("logSeveritySys", "WARNING"),
                entry("mtu", 1400),
                entry("typhaReplicas", 2));
    }

    @Test
    void flannel() {
        FlannelSpec spec = FlannelSpec.builder().backend(FlannelSpec.Backend.VXLAN).iptablesResyncSeconds(10).build();
        assertThat(ProviderCodecs.write(spec))
                .containsExactly(entry("backend", "vxlan"), entry("iptablesResyncSeconds", 10));
        assertThat(FlannelSpec.builder().backend(FlannelSpec.Backend.UDP).build().backend()).contains("udp");
        assertThat(spec.toBuilder().disableTxChecksumOffloading(true).build().disableTxChecksumOffloading())
                .contains(true);
    }

    @Test
    void kubeRouterAndCni() {
        assertThat(ProviderCodecs.write(KubeRouterSpec.builder().useNFTablesForNetpol(true).build()))
                .containsExactly(entry("useNFTablesForNetpol", true));
        assertThat(ProviderCodecs.write(CniSpec.builder().usesSecondaryIP(true).build()))
                .containsExactly(entry("usesSecondaryIP", true));
        assertThat(KubeRouterSpec.builder().build().kind().modernKey()).isEqualTo("kubeRouter");
    }

    @Test
    void cilium() {
        CiliumSpec spec = CiliumSpec.builder()
                .version("v1.16.7")
                .memoryRequest("256Mi")
                .agentPrometheusPort(9090)
                .enableBPFMasquerade(true)
                .ipam(CiliumSpec.Ipam.ENI)
                .tunnel(CiliumSpec.Tunnel.DISABLED)
                .encryptionType(CiliumSpec.EncryptionType.WIREGUARD)
                .identityAllocationMode(CiliumSpec.IdentityAllocationMode.KVSTORE)
                .monitorAggregation(CiliumSpec.MonitorAggregation.MAXIMUM)
                .enablePolicy(CiliumSpec.EnablePolicy.ALWAYS)
                .bpfLBAlgorithm(CiliumSpec.BpfLbAlgorithm.MAGLEV)
                .toFqdnsDnsRejectResponseCode(CiliumSpec.DnsRejectResponseCode.NAME_ERROR)
                .containerRuntimeLabels(CiliumSpec.ContainerRuntimeLabels.CONTAINERD)
                .bpfCTGlobalTCPMax(524288)
                .clusterID(253)
                .iptablesRulesNoinstall(true)
                .etcdManaged(true)
                .addMetrics("+cilium_endpoint_state")
                .putAgentPodAnnotations("a", "b")
                .hubble(HubbleSpec.builder().enabled(true).addMetrics("dns", "drop").build())
                .ingress(CiliumIngressSpec.builder().enabled(true)
                        .defaultLoadBalancerMode(CiliumIngressSpec.LoadBalancerMode.SHARED)
                        .sharedLoadBalancerServiceName("cilium-ingress").build())
                .gatewayAPI(CiliumGatewayApiSpec.builder().enabled(true).enableSecretsSync(false).build())
                .putExtraConfig("k", "v")
                .build();
        Map<String, Object> out = ProviderCodecs.write(spec);
        assertThat(out).containsExactly(
                entry("version", "v1.16.7"),
                entry("memoryRequest", "256Mi"),
                entry("agentPrometheusPort", 9090L),
                entry("metrics", List.of("+cilium_endpoint_state")),
                entry("enablePolicy", "always"),
                entry("enableBPFMasquerade", true),
                entry("encryptionType", "wireguard"),
                entry("identityAllocationMode", "kvstore"),
                entry("agentPodAnnotations", Map.of("a", "b")),
                entry("tunnel", "disabled"),
                entry("monitorAggregation", "maximum"),
                entry("bpfCTGlobalTCPMax", 524288L),
                entry("bpfLBAlgorithm", "maglev"),
                entry("clusterID", 253),
                entry("toFqdnsDnsRejectResponseCode", "nameError"),
                entry("containerRuntimeLabels", "containerd"),
                entry("ipam", "eni"),
                entry("IPTablesRulesNoinstall", true),
                entry("etcdManaged", true),
                entry("hubble", Map.of("enabled", true, "metrics", List.of("dns", "drop"))),
                entry("ingress", Map.of("enabled", true, "defaultLoadBalancerMode", "shared",
                        "sharedLoadBalancerServiceName", "cilium-ingress")),
                entry("gatewayAPI", Map.of("enabled", true, "enableSecretsSync", false)),
                entry("extraConfig", Map.of("k", "v")));
    }

    @Test
    void ciliumV1alpha3SpellingsAreTheirOwnKeys() {
        CiliumSpec spec = CiliumSpec.builder()
                .masquerade(false)
                .installIptablesRules(true)
                .toFQDNsDNSRejectResponseCode(CiliumSpec.DnsRejectResponseCode.REFUSED)
                .toFQDNsEnablePoller(false)
                .build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(
                entry("masquerade", false),
                entry("toFQDNsDNSRejectResponseCode", "refused"),
                entry("toFQDNsEnablePoller", false),
                entry("installIptablesRules", true));
    }

    @Test
    void ciliumReadsKopsYamlIntoModelledFields() {
        String yaml = """
                cilium:
                  IPTablesRulesNoinstall: true
                  disableMasquerade: true
                  enableNodePort: true
                  bpfLBMapMax: 65536
                  clusterID: 7
                  cpuRequest: 25m
                  hubble:
                    enabled: true
                    metrics: [dns]
                  ingress:
                    enforceHttps: false
                  unknownKey: kept
                """;
        CiliumSpec spec = read(yaml, ProviderKind.CILIUM, CiliumSpec.class);
        assertThat(spec.iptablesRulesNoinstall()).contains(true);
        assertThat(spec.disableMasquerade()).contains(true);
        assertThat(spec.enableNodePort()).contains(true);
        assertThat(spec.bpfLBMapMax()).contains(65536L);
        assertThat(spec.clusterID()).contains(7);
        assertThat(spec.cpuRequest()).contains("25m");
        assertThat(spec.hubble()).hasValueSatisfying(h -> {
            assertThat(h.enabled()).contains(true);
            assertThat(h.metrics()).containsExactly("dns");
        });
        assertThat(spec.ingress().flatMap(CiliumIngressSpec::enforceHttps)).contains(false);
        assertThat(spec.extraFields()).containsExactly(entry("unknownKey", "kept"));
    }

    @Test
    void amazonVpc() {
        AmazonVpcSpec spec = AmazonVpcSpec.builder()
                .imageName("example.com/amazon-k8s-cni:v1.19.2")
                .initImageName("example.com/amazon-k8s-cni-init:v1.19.2")
                .networkPolicyAgentImage("example.com/aws-network-policy-agent:v1.1.6")
                .addEnv("WARM_IP_TARGET", "10")
                .addEnv(EnvVar.builder().name("AWS_VPC_K8S_CNI_LOGLEVEL").build())
                .build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(
                entry("imageName", "example.com/amazon-k8s-cni:v1.19.2"),
                entry("initImageName", "example.com/amazon-k8s-cni-init:v1.19.2"),
                entry("networkPolicyAgentImage", "example.com/aws-network-policy-agent:v1.1.6"),
                entry("env", List.of(Map.of("name", "WARM_IP_TARGET", "value", "10"),
                        Map.of("name", "AWS_VPC_K8S_CNI_LOGLEVEL"))));
        assertThat(ProviderCodecs.write(AmazonVpcSpec.builder().image("i").initImage("j").build()))
                .containsExactly(entry("image", "i"), entry("initImage", "j"));
    }

    @Test
    void amazonVpcReadsEnvList() {
        AmazonVpcSpec spec = read("""
                amazonvpc:
                  env:
                  - name: ENABLE_PREFIX_DELEGATION
                    value: "true"
                """, ProviderKind.AMAZON_VPC, AmazonVpcSpec.class);
        assertThat(spec.env()).containsExactly(EnvVar.of("ENABLE_PREFIX_DELEGATION", "true"));
        assertThat(spec.extraFields()).isEmpty();
    }

    @Test
    void lyftVpc() {
        LyftVpcSpec spec = LyftVpcSpec.builder().putSubnetTags("Type", "pod").build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(entry("subnetTags", Map.of("Type", "pod")));
    }

    @Test
    void weave() {
        WeaveSpec spec = WeaveSpec.builder()
                .mtu(8912).connLimit(100).noMasqLocal(1)
                .memoryRequest("300Mi").cpuRequest("50m").memoryLimit("300Mi").cpuLimit("100m")
                .netExtraArgs("--log-level=info")
                .npcMemoryRequest("100Mi").npcCPURequest("10m").npcMemoryLimit("100Mi").npcCPULimit("20m")
                .npcExtraArgs("--x").version("2.8.1")
                .build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(
                entry("mtu", 8912), entry("connLimit", 100), entry("noMasqLocal", 1),
                entry("memoryRequest", "300Mi"), entry("cpuRequest", "50m"), entry("memoryLimit", "300Mi"),
                entry("cpuLimit", "100m"), entry("netExtraArgs", "--log-level=info"),
                entry("npcMemoryRequest", "100Mi"), entry("npcCPURequest", "10m"),
                entry("npcMemoryLimit", "100Mi"), entry("npcCPULimit", "20m"),
                entry("npcExtraArgs", "--x"), entry("version", "2.8.1"));
    }

    @Test
    void romana() {
        RomanaSpec spec = RomanaSpec.builder().daemonServiceIP("100.64.0.99").etcdServiceIP("100.64.0.88").build();
        assertThat(ProviderCodecs.write(spec))
                .containsExactly(entry("daemonServiceIP", "100.64.0.99"), entry("etcdServiceIP", "100.64.0.88"));
    }

    @Test
    void kindnet() {
        KindnetSpec spec = KindnetSpec.builder()
                .version("v1.8.2")
                .networkPolicies(true)
                .adminNetworkPolicies(false)
                .baselineAdminNetworkPolicies(true)
                .dnsCaching(true)
                .nat64(false)
                .fastPathThreshold(0)
                .masquerade(KindnetMasqueradeSpec.builder().enabled(true)
                        .addNonMasqueradeCIDRs("172.20.0.0/16", "100.96.0.0/11").build())
                .logLevel(2)
                .build();
        assertThat(ProviderCodecs.write(spec)).containsExactly(
                entry("version", "v1.8.2"),
                entry("networkPolicies", true),
                entry("adminNetworkPolicies", false),
                entry("baselineAdminNetworkPolicies", true),
                entry("dnsCaching", true),
                entry("nat64", false),
                entry("fastPathThreshold", 0),
                entry("masquerade", Map.of("enabled", true,
                        "nonMasqueradeCIDRs", List.of("172.20.0.0/16", "100.96.0.0/11"))),
                entry("logLevel", 2));
    }

    @Test
    void toBuilderKeepsEveryField() {
        CanalSpec canal = CanalSpec.builder().mtu(1400).putExtraFields("x", "y").build();
        assertThat(canal.toBuilder().build()).isEqualTo(canal);
        CiliumSpec cilium = CiliumSpec.builder().hubble(HubbleSpec.builder().enabled(false).build()).build();
        assertThat(cilium.toBuilder().debug(true).build().hubble()).isEqualTo(cilium.hubble());
    }

    private static <T extends ProviderSpec> T read(String yaml, ProviderKind kind, Class<T> type) {
        var root = (org.snakeyaml.engine.v2.nodes.MappingNode) YamlLoader.compose(yaml, new ReadLimits(20, 64, 1024 * 1024, 1000, 256 * 1024, 1024 * 1024)).get(0);
        var value = root.getValue().get(0).getValueNode();
        ReadContext ctx = new ReadContext();
        ProviderSpec spec = ProviderCodecs.codec(kind).orElseThrow().read(value, "spec.networking." + kind.key(), ctx);
        assertThat(ctx.problems()).isEmpty();
        return type.cast(spec);
    }
}
