package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The provider block of a {@link GeneratedCase}: the provider's fields set to valid values (zero values and
 * boundaries included), as podnet's provider model ({@code dev.podnet.api.provider.*Spec}) names them.
 */
final class ProviderFields {
    private final GeneratedCase c;
    private final Draws r;
    private final int m;
    private final String provider;
    private final String stack;
    private final Map<String, Object> p;
    private double boost = 1;

    ProviderFields(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
        this.m = c.m;
        this.provider = c.provider;
        this.stack = c.stack;
        this.p = c.p;
    }

    /** Draws the provider block and puts it under {@code spec.networking}. */
    void fill() {
        c.providerKey = provider.equals("cilium-eni") ? "cilium" : provider;
        if (c.wide != null) boost = c.wide.boost();
        switch (provider) {
            case "calico" -> calico();
            case "canal" -> canal();
            case "cilium" -> cilium(false);
            case "cilium-eni" -> cilium(true);
            case "flannel" -> p.put("backend", r.nextDouble() < 0.7 ? "vxlan" : "udp");
            case "kuberouter" -> { if (m >= 33 && r.nextDouble() < 0.3) p.put("useNFTablesForNetpol", r.nextBoolean()); }
            case "amazonvpc" -> amazonVpc();
            case "weave" -> weave();
            case "lyftvpc" -> { if (r.nextDouble() < 0.3) p.put("subnetTags", map("KubernetesCluster", "minimal.example.com")); }
            case "cni" -> { if (r.nextDouble() < 0.2) p.put("usesSecondaryIP", r.nextBoolean()); }
            case "kindnet" -> kindnet();
            default -> { }
        }
        if (provider.equals("flannel")) {
            maybe(0.3, "disableTxChecksumOffloading", r::bool);
            maybe(0.3, "iptablesResyncSeconds", () -> r.pick(0, 5, 60));
        }
        if (c.wide != null) c.wide.providerExtras(p);
        c.networking.put(c.providerKey, p);
    }

    void calico() {
        maybe(0.15, "allowIPForwarding", r::bool);
        maybe(0.15, "awsSrcDstCheck", () -> r.pick("Enable", "Disable", "DoNothing"));
        maybe(0.12, "bpfEnabled", r::bool);
        maybe(0.1, "bpfExternalServiceMode", () -> r.pick("Tunnel", "DSR"));
        maybe(0.1, "bpfKubeProxyIptablesCleanupEnabled", r::bool);
        maybe(0.1, "bpfLogLevel", () -> r.pick("Off", "Info", "Debug"));
        maybe(0.12, "chainInsertMode", () -> r.pick("insert", "append"));
        maybe(0.15, "cpuRequest", () -> r.pick("100m", "250m", 0.5, 1));
        if (m <= 24) maybe(0.1, "crossSubnet", r::bool);
        double x = r.nextDouble();
        if (stack.equals("ipv6") && r.nextDouble() < 0.85) x = 0.37;
        if (x < 0.2) p.put("encapsulationMode", "vxlan");
        else if (x < 0.35) p.put("encapsulationMode", "ipip");
        else if (x < 0.4 && m >= 24 && (stack.equals("ipv6") || r.nextDouble() < 0.1)) {
            p.put("encapsulationMode", "none");
            x = 1;
        }
        if ("vxlan".equals(p.get("encapsulationMode"))) {
            if (r.nextDouble() < 0.2) p.put("ipipMode", "Never");
            if (m >= 22) maybe(0.4, "vxlanMode", () -> r.pick("Always", "CrossSubnet", "Never"));
        } else if (x < 1) {
            maybe(0.3, "ipipMode", () -> r.pick("Always", "CrossSubnet", "Never"));
        }
        maybe(0.1, "ipv4AutoDetectionMethod", () -> r.pick("first-found", "can-reach=8.8.8.8", "interface=eth.*", "skip-interface=en.*,eth0"));
        if (!stack.equals("ipv4")) maybe(0.2, "ipv6AutoDetectionMethod", () -> r.pick("first-found", "can-reach=2001:4860:4860::8888"));
        maybe(0.12, "iptablesBackend", () -> r.pick("Auto", "Legacy", "NFT"));
        maybe(0.1, "logSeverityScreen", () -> r.pick("info", "debug", "warning", "error", "fatal", "panic"));
        maybe(0.15, "mtu", () -> r.pick(0, 1440, 8981, 9001));
        maybe(0.12, "prometheusMetricsEnabled", r::bool);
        maybe(0.1, "prometheusMetricsPort", () -> r.pick(0, 9091, 9095));
        maybe(0.1, "prometheusGoMetricsEnabled", r::bool);
        maybe(0.1, "prometheusProcessMetricsEnabled", r::bool);
        maybe(0.1, "typhaPrometheusMetricsEnabled", r::bool);
        maybe(0.1, "typhaPrometheusMetricsPort", () -> r.pick(0, 9093));
        maybe(0.15, "typhaReplicas", () -> r.pick(0, 1, 3));
        if (m >= 22) maybe(0.1, "wireguardEnabled", r::bool);
        if (m <= 22) maybe(0.1, "majorVersion", () -> "v3");
    }

    void canal() {
        maybe(0.15, "chainInsertMode", () -> r.pick("insert", "append"));
        maybe(0.15, "cpuRequest", () -> r.pick("100m", "250m", 0.5));
        maybe(0.15, "defaultEndpointToHostAction", () -> r.pick("ACCEPT", "DROP", "RETURN"));
        maybe(0.15, "disableFlannelForwardRules", r::bool);
        maybe(0.15, "disableTxChecksumOffloading", r::bool);
        maybe(0.15, "iptablesBackend", () -> r.pick("Auto", "Legacy", "NFT"));
        maybe(0.15, "logSeveritySys", () -> r.pick("INFO", "DEBUG", "WARNING", "ERROR", "CRITICAL", "NONE"));
        maybe(0.15, "mtu", () -> r.pick(0, 1440, 8981));
        maybe(0.1, "prometheusGoMetricsEnabled", r::bool);
        maybe(0.1, "prometheusMetricsEnabled", r::bool);
        maybe(0.1, "prometheusMetricsPort", () -> r.pick(0, 9091));
        maybe(0.1, "prometheusProcessMetricsEnabled", r::bool);
        maybe(0.1, "typhaPrometheusMetricsEnabled", r::bool);
        maybe(0.1, "typhaPrometheusMetricsPort", () -> r.pick(0, 9093));
        maybe(0.15, "typhaReplicas", () -> r.pick(0, 1, 3));
    }

    void cilium(boolean eni) {
        ciliumAgent(eni);
        ciliumDatapath(eni);
        ciliumAddons();
    }

    /** Cilium's IPAM, metrics, policy and encryption. */
    private void ciliumAgent(boolean eni) {
        if (eni) p.put("ipam", "eni");
        if (stack.equals("ipv6") && m >= 24 && r.nextDouble() < 0.7) p.put("enableNodePort", true);
        if (eni && m <= 21 && r.nextDouble() < 0.85) p.put("disableMasquerade", true);
        else maybe(0.15, "ipam", () -> m >= 22 ? r.pick("kubernetes", "crd") : r.pick("kubernetes", "crd", "hostscope"));
        maybe(0.08, "agentPrometheusPort", () -> r.pick(0, 9090, 9962));
        maybe(0.1, "enablePrometheusMetrics", r::bool);
        maybe(0.08, "debug", r::bool);
        maybe(0.08, "enablePolicy", () -> r.pick("default", "always", "never"));
        maybe(0.08, "enableL7Proxy", r::bool);
        maybe(0.1, "enableBPFMasquerade", r::bool);
        maybe(0.08, "enableEndpointHealthChecking", r::bool);
        if (m >= 22) {
            if (r.nextDouble() < 0.08) {
                p.put("enableEncryption", true);
                maybe(0.7, "encryptionType", () -> r.pick("ipsec", "wireguard"));
                maybe(0.3, "nodeEncryption", r::bool);
            }
            maybe(0.08, "identityAllocationMode", () -> "crd");
            maybe(0.08, "bpfLBAlgorithm", () -> r.pick("random", "maglev"));
            maybe(0.05, "bpfLBMaglevTableSize", () -> r.pick("16381", "65521"));
        }
    }

    /** Cilium's datapath: tunnel, BPF maps and load balancing, cluster mesh, FQDN, routing, resources and masquerading. */
    private void ciliumDatapath(boolean eni) {
        maybe(0.05, "identityChangeGracePeriod", () -> r.pick("5s", "0s"));
        if (!eni) maybe(0.1, "tunnel", () -> r.pick("vxlan", "geneve", "disabled"));
        maybe(0.08, "monitorAggregation", () -> r.pick("low", "medium", "maximum"));
        maybe(0.05, "bpfCTGlobalTCPMax", () -> r.pick(0, 524288));
        maybe(0.05, "bpfCTGlobalAnyMax", () -> r.pick(0, 262144));
        maybe(0.04, "bpfNATGlobalMax", () -> r.pick(0, 524288));
        maybe(0.04, "bpfNeighGlobalMax", () -> r.pick(0, 524288));
        maybe(0.04, "bpfPolicyMapMax", () -> r.pick(0, 16384));
        maybe(0.04, "bpfLBMapMax", () -> r.pick(0, 65536));
        maybe(0.05, "bpfLBSock", r::bool);
        maybe(0.04, "bpfLBSockHostNSOnly", r::bool);
        maybe(0.06, "preallocateBPFMaps", r::bool);
        maybe(0.05, "clusterName", () -> r.pick("default", "mesh1"));
        maybe(0.05, "clusterID", () -> r.pick(0, 1, 255));
        maybe(0.05, "toFqdnsDnsRejectResponseCode", () -> r.pick("refused", "nameError"));
        maybe(0.05, "toFqdnsEnablePoller", r::bool);
        maybe(0.05, "IPTablesRulesNoinstall", r::bool);
        maybe(0.06, "autoDirectNodeRoutes", r::bool);
        maybe(0.05, "enableHostReachableServices", r::bool);
        maybe(0.08, "enableNodePort", r::bool);
        maybe(0.05, "enableRemoteNodeIdentity", r::bool);
        maybe(0.04, "enableUnreachableRoutes", r::bool);
        if (m >= 24) maybe(0.05, "cniExclusive", r::bool);
        maybe(0.05, "disableCNPStatusUpdates", r::bool);
        maybe(0.04, "enableServiceTopology", r::bool);
        maybe(0.06, "cpuRequest", () -> r.pick("25m", "100m", 0.5));
        maybe(0.06, "memoryRequest", () -> r.pick("128Mi", "512Mi"));
        if (!eni) maybe(0.06, "masquerade", r::bool);
        else if (r.nextDouble() < 0.1) p.put("masquerade", true);
        maybe(0.04, "enableLocalRedirectPolicy", r::bool);
        if (m <= 22) maybe(0.05, "containerRuntimeLabels", () -> r.pick("none", "containerd", "docker", "auto"));
    }

    /** Cilium's Hubble, ingress and Gateway API blocks. */
    private void ciliumAddons() {
        if (r.nextDouble() < 0.1) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("enabled", r.nextBoolean());
            if (r.nextBoolean()) h.put("metrics", List.of("dns", "drop", "tcp", "flow"));
            p.put("hubble", h);
            if (Boolean.TRUE.equals(h.get("enabled")) && r.nextDouble() < 0.8) c.spec.put("certManager", map("enabled", true));
        }
        if (m >= 28 && r.nextDouble() < 0.1) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("enabled", r.nextDouble() < 0.8);
            if (r.nextBoolean()) in.put("enforceHttps", r.nextBoolean());
            if (r.nextBoolean()) in.put("enableSecretsSync", r.nextBoolean());
            if (r.nextBoolean()) in.put("defaultLoadBalancerMode", r.pick("shared", "dedicated"));
            if (r.nextDouble() < 0.3) in.put("sharedLoadBalancerServiceName", "cilium-ingress");
            p.put("ingress", in);
        }
        if (m >= 30 && r.nextDouble() < 0.06) {
            p.put("gatewayAPI", map("enabled", r.nextBoolean()));
        }
    }

    void amazonVpc() {
        if (r.nextDouble() < 0.3) {
            List<Object> env = new ArrayList<>();
            env.add(map("name", "WARM_IP_TARGET", "value", r.pick("0", "10")));
            if (r.nextBoolean()) env.add(map("name", "ENABLE_PREFIX_DELEGATION", "value", "true"));
            if (r.nextBoolean()) env.add(map("name", "AWS_VPC_K8S_CNI_LOGLEVEL", "value", "DEBUG"));
            p.put("env", env);
        }
    }

    void weave() {
        maybe(0.15, "mtu", () -> r.pick(0, 1376, 8912));
        maybe(0.12, "connLimit", () -> r.pick(0, 200));
        maybe(0.12, "noMasqLocal", () -> r.pick(0, 1));
        maybe(0.12, "memoryRequest", () -> r.pick("200Mi", "1Gi"));
        maybe(0.12, "cpuRequest", () -> r.pick("50m", 0.5));
        maybe(0.1, "memoryLimit", () -> "200Mi");
        maybe(0.1, "cpuLimit", () -> "100m");
        maybe(0.1, "netExtraArgs", () -> "--log-level=info");
        maybe(0.1, "npcMemoryRequest", () -> "200Mi");
        maybe(0.1, "npcCPURequest", () -> "50m");
        maybe(0.1, "npcMemoryLimit", () -> "200Mi");
        maybe(0.1, "npcCPULimit", () -> "100m");
        maybe(0.1, "npcExtraArgs", () -> "--log-level=info");
    }

    void kindnet() {
        maybe(0.2, "networkPolicies", r::bool);
        maybe(0.15, "adminNetworkPolicies", r::bool);
        maybe(0.15, "baselineAdminNetworkPolicies", r::bool);
        maybe(0.2, "dnsCaching", r::bool);
        maybe(0.15, "nat64", r::bool);
        maybe(0.15, "fastPathThreshold", () -> r.pick(0, 10, 50));
        maybe(0.15, "logLevel", () -> r.pick(0, 2, 4));
        if (r.nextDouble() < 0.2) {
            Map<String, Object> mq = new LinkedHashMap<>();
            mq.put("enabled", r.nextBoolean());
            if (r.nextBoolean()) mq.put("nonMasqueradeCIDRs", List.of("10.0.0.0/8", "172.16.0.0/12"));
            p.put("masquerade", mq);
        }
    }

    private void maybe(double chance, String key, Supplier<Object> value) {
        if (r.nextDouble() < chance * boost) p.put(key, value.get());
    }
}
