package dev.podnet.corpus.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded generator of kops Cluster documents (kops.k8s.io/v1alpha2) that explore what users write:
 * every provider a release offers with its fields set to valid values (zero values and boundaries
 * included), IPv4 / IPv6 / dual-stack clusters with subnets of every type with and without CIDRs,
 * partial kubelet / kubeAPIServer / kubeControllerManager / kubeProxy blocks, Kubernetes versions of
 * the release's range, and a share of invalidating mutations. Same seed, release, provider and index
 * give the same document: each case draws from its own {@link Random}.
 *
 * <p>The scaffolding (configBase, etcdClusters, iam, the us-test-1 zones) is the one kops-oracle's
 * mock clouds need. Field names and values come from podnet's provider model
 * ({@code dev.podnet.api.provider.*Spec}) and the kops facts of the project.
 */
public final class SpecGenerator {
    /** Bump when the generated documents change for a given seed. */
    public static final int VERSION = 1;

    /** The kops releases kops-oracle has, oldest first. */
    public static final List<String> RELEASES = List.of(
            "v1.19.0", "v1.20.0", "v1.21.0", "v1.22.0", "v1.24.0", "v1.28.0", "v1.30.0", "v1.33.1", "v1.36.0");

    /** Share of cases that get an invalidating mutation. */
    static final double MUTATION_SHARE = 0.15;

    private final long seed;

    public SpecGenerator(long seed) {
        this.seed = seed;
    }

    /** The generator buckets a release offers ({@code spec.networking} keys; {@code cilium-eni} is Cilium with ENI IPAM). */
    public static List<String> providers(String release) {
        int m = minor(release);
        List<String> p = new ArrayList<>(List.of("calico", "cilium", "cilium-eni", "flannel", "kopeio", "kuberouter",
                "kubenet", "amazonvpc", "cni", "external"));
        if (m <= 33) p.add("canal");
        if (m <= 24) p.add("weave");
        if (m <= 22) p.add("lyftvpc");
        if (m >= 32) p.add("kindnet");
        if (m >= 33) p.add("gce");
        return p;
    }

    public List<GeneratedSpec> generateAll(String release, String provider, int count) {
        List<GeneratedSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(generate(release, provider, i));
        return out;
    }

    public GeneratedSpec generate(String release, String provider, int index) {
        String id = release + "-" + provider + "-" + String.format("%03d", index);
        Random r = new Random(seed * 1_000_003L + id.hashCode() * 31L + index);
        Case c = new Case(r, release, provider);
        String mutation = r.nextDouble() < MUTATION_SHARE ? c.mutate() : null;
        return new GeneratedSpec(id, release, provider, index, mutation, YamlText.write(c.document()));
    }

    static int minor(String release) {
        return Integer.parseInt(release.replaceFirst("^v", "").split("\\.")[1]);
    }

    /** One case under construction. */
    private static final class Case {
        final Random r;
        final int m;
        final String provider;
        final boolean gce;
        final String stack; // ipv4, ipv6, dual
        final Map<String, Object> spec = new LinkedHashMap<>();
        final Map<String, Object> networking = new LinkedHashMap<>();
        String providerKey;
        int k8sMinor;
        final Map<String, Object> p = new LinkedHashMap<>();
        final List<Map<String, Object>> subnets = new ArrayList<>();

        Case(Random r, String release, String provider) {
            this.r = r;
            this.m = minor(release);
            this.provider = provider;
            boolean gceCapable = m >= 33 && List.of("calico", "cilium", "kubenet", "cni", "kindnet").contains(provider);
            this.gce = provider.equals("gce") || gceCapable && r.nextDouble() < 0.15;
            boolean v6Friendly = List.of("calico", "cilium", "cni", "kindnet").contains(provider);
            double v6 = m < 22 ? 0.01 : v6Friendly ? 0.2 : 0.04;
            double dual = m < 22 ? 0.02 : 0.12;
            double x = r.nextDouble();
            this.stack = gce ? "ipv4" : x < v6 ? "ipv6" : x < v6 + dual ? "dual" : "ipv4";
            build();
        }

        Map<String, Object> document() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("apiVersion", "kops.k8s.io/v1alpha2");
            doc.put("kind", "Cluster");
            doc.put("metadata", map("name", "minimal.example.com"));
            doc.put("spec", spec);
            return doc;
        }

        void build() {
            spec.put("cloudProvider", gce ? "gce" : "aws");
            if (gce) spec.put("project", "testproject");
            spec.put("configBase", "memfs://clusters.example.com/minimal.example.com");
            String ig = gce ? "master-us-test1-a" : "master-us-test-1a";
            List<Object> etcd = new ArrayList<>();
            for (String n : List.of("main", "events")) {
                etcd.add(map("etcdMembers", List.of(map("instanceGroup", ig, "name", "a")), "name", n));
            }
            spec.put("etcdClusters", etcd);
            spec.put("iam", new LinkedHashMap<>());
            spec.put("kubernetesVersion", kubernetesVersion());
            String networkCidr = null;
            if (!gce) {
                double x = r.nextDouble();
                networkCidr = x < 0.75 ? "172.20.0.0/16" : x < 0.88 ? "10.10.0.0/16" : null;
                if (networkCidr != null) spec.put("networkCIDR", networkCidr);
                if (m >= 22 && networkCidr != null && r.nextDouble() < 0.05) spec.put("additionalNetworkCIDRs", List.of("172.21.0.0/16"));
            }
            provider();
            spec.put("networking", networking);
            if (stack.equals("ipv6")) {
                spec.put("nonMasqueradeCIDR", "::/0");
            } else {
                double x = r.nextDouble();
                boolean ten = "10.10.0.0/16".equals(networkCidr);
                if (x < 0.7) spec.put("nonMasqueradeCIDR", "100.64.0.0/10");
                else if (x < 0.8 && !ten && !gce) spec.put("nonMasqueradeCIDR", "10.0.0.0/8");
                else if (x < 0.85) spec.put("nonMasqueradeCIDR", "100.64.0.0/10");
                // else: unset, kops defaults it
                if ("100.64.0.0/10".equals(spec.get("nonMasqueradeCIDR"))) {
                    if (r.nextDouble() < 0.1) spec.put("podCIDR", pick("100.96.0.0/11", "100.112.0.0/12"));
                    if (r.nextDouble() < 0.1) spec.put("serviceClusterIPRange", pick("100.64.0.0/13", "100.72.0.0/16"));
                }
            }
            subnets(networkCidr);
            spec.put("subnets", subnets);
            boolean priv = subnets.stream().anyMatch(s -> "Private".equals(s.get("type")));
            if (priv && r.nextDouble() < 0.85) spec.put("topology", map("dns", map("type", "Public"), "masters", "private", "nodes", "private"));
            else if (r.nextDouble() < 0.1) spec.put("topology", map("dns", map("type", "Public"), "masters", "public", "nodes", "public"));
            components();
        }

        String kubernetesVersion() {
            int oldest = switch (m) {
                case 19 -> 11; case 20 -> 13; case 21 -> 15; case 22 -> 17; case 24 -> 19; case 28 -> 23; case 30 -> 25;
                case 33 -> 27; default -> 31;
            };
            int k = r.nextDouble() < 0.5 ? m - r.nextInt(3) : oldest + r.nextInt(m - oldest + 1);
            // providers a release supports only below some Kubernetes version: mostly stay below it
            int newest = switch (provider) {
                case "canal" -> m == 22 ? 21 : m >= 28 ? 27 : m >= 24 ? 99 : 99;
                case "flannel", "kuberouter" -> m == 28 || (m == 30 && provider.equals("flannel")) ? 27 : 99;
                case "external" -> m >= 28 ? 25 : 99;
                case "weave" -> m >= 24 ? 22 : 99;
                case "amazonvpc" -> m == 22 ? 21 : 99;
                default -> 99;
            };
            if (k > newest && newest >= oldest && r.nextDouble() < 0.85) k = oldest + r.nextInt(newest - oldest + 1);
            if (k < oldest) k = oldest;
            k8sMinor = k;
            String v = "1." + k + "." + pick(0, 1, 2, 5, 9);
            return r.nextDouble() < 0.15 ? "v" + v : v;
        }

        void subnets(String networkCidr) {
            if (gce) {
                Map<String, Object> s = map("name", "us-test1", "region", "us-test1", "type", "Public");
                if (r.nextDouble() < 0.4) s.put("cidr", "10.0.32.0/19");
                subnets.add(s);
                return;
            }
            int zones = 1 + r.nextInt(3);
            boolean cidrs = networkCidr != null && (r.nextDouble() < 0.6 || stack.equals("ipv6") && r.nextDouble() < 0.6);
            String prefix = networkCidr == null ? "172.20." : networkCidr.substring(0, networkCidr.indexOf(".0.0/"));
            int[] block = {1};
            int[] v6 = {0};
            String v6Form = r.nextDouble() < 0.8 ? "hash" : "explicit";
            for (int z = 0; z < zones; z++) {
                String zone = "us-test-1" + (char) ('a' + z);
                double x = r.nextDouble();
                List<String> types = new ArrayList<>();
                if (stack.equals("ipv6")) {
                    types.add(m >= 28 && x < 0.25 ? "DualStack" : "Private");
                    types.add("Utility");
                } else if (x < 0.45) {
                    types.add("Public");
                } else if (x < 0.85) {
                    types.add("Private");
                    types.add("Utility");
                } else {
                    types.add("Private");
                    types.add("Utility");
                }
                for (String t : types) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    boolean ipv6Only = stack.equals("ipv6") && !t.equals("Utility") && r.nextDouble() < 0.5;
                    if (cidrs && !ipv6Only) s.put("cidr", prefix + "." + (block[0] * 32) + ".0/19");
                    block[0]++;
                    if (!stack.equals("ipv4")) {
                        boolean give = stack.equals("ipv6") || r.nextDouble() < 0.8;
                        if (give) {
                            s.put("ipv6CIDR", v6Form.equals("hash") ? "/64#" + Integer.toHexString(v6[0])
                                    : "2001:db8:0:" + Integer.toHexString(0x111 + v6[0]) + "::/64");
                            v6[0]++;
                        }
                    }
                    String prefixName = t.equals("Utility") ? "utility-" : t.equals("Isolated") ? "isolated-"
                            : t.equals("Public") && types.size() > 1 ? "public-" : "";
                    s.put("name", prefixName + zone);
                    s.put("type", t);
                    s.put("zone", zone);
                    subnets.add(s);
                }
            }
        }

        void components() {
            if (stack.equals("ipv6") && r.nextDouble() < 0.85) spec.put("cloudControllerManager", new LinkedHashMap<>());
            if (provider.startsWith("cilium") && (m <= 21 || Boolean.TRUE.equals(p.get("enableNodePort"))) && r.nextDouble() < 0.8) {
                spec.put("kubeProxy", map("enabled", false));
            }
            if (provider.equals("kuberouter") && r.nextDouble() < 0.85) spec.put("kubeProxy", map("enabled", false));
            if (r.nextDouble() < 0.2) {
                spec.put("kubelet", oneOf(
                        () -> map("anonymousAuth", false),
                        () -> map("maxPods", pick(0, 110, 250)),
                        () -> k8sMinor < 24 ? map("networkPluginMTU", pick(0, 1500, 9001)) : map("maxPods", 100),
                        () -> map("hairpinMode", pick("promiscuous-bridge", "hairpin-veth", "none")),
                        () -> spec.containsKey("nonMasqueradeCIDR") && k8sMinor < 24 ? map("nonMasqueradeCIDR", spec.get("nonMasqueradeCIDR"))
                                : map("anonymousAuth", true)));
            }
            if (r.nextDouble() < 0.1) {
                spec.put("masterKubelet", oneOf(() -> map("anonymousAuth", false), () -> map("registerSchedulable", false),
                        () -> map("maxPods", 110)));
            }
            if (r.nextDouble() < 0.2) {
                spec.put("kubeAPIServer", oneOf(
                        () -> map("cpuRequest", pick("150m", "0.5", "1")),
                        () -> map("anonymousAuth", false),
                        () -> map("logLevel", pick(0, 2, 4)),
                        () -> spec.containsKey("serviceClusterIPRange") ? map("serviceClusterIPRange", spec.get("serviceClusterIPRange"))
                                : map("cpuRequest", "100m")));
            }
            if (r.nextDouble() < 0.2) {
                spec.put("kubeControllerManager", oneOf(
                        () -> map("logLevel", pick(0, 2)),
                        () -> map("allocateNodeCIDRs", r.nextBoolean()),
                        () -> map("configureCloudRoutes", r.nextBoolean()),
                        () -> spec.containsKey("podCIDR") ? map("clusterCIDR", spec.get("podCIDR")) : map("logLevel", 2)));
            }
            if (!spec.containsKey("kubeProxy") && r.nextDouble() < 0.2) {
                spec.put("kubeProxy", oneOf(
                        () -> map("enabled", r.nextBoolean()),
                        () -> map("proxyMode", pick("iptables", "ipvs")),
                        () -> map("cpuRequest", pick("100m", "50m")),
                        () -> spec.containsKey("podCIDR") ? map("clusterCIDR", spec.get("podCIDR")) : map("logLevel", 2)));
            }
        }

        // ---------------------------------------------------------------- providers

        void provider() {
            providerKey = provider.equals("cilium-eni") ? "cilium" : provider;
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
                maybe(0.3, "disableTxChecksumOffloading", this::bool);
                maybe(0.3, "iptablesResyncSeconds", () -> pick(0, 5, 60));
            }
            networking.put(providerKey, p);
        }

        void calico() {
            maybe(0.15, "allowIPForwarding", this::bool);
            maybe(0.15, "awsSrcDstCheck", () -> pick("Enable", "Disable", "DoNothing"));
            maybe(0.12, "bpfEnabled", this::bool);
            maybe(0.1, "bpfExternalServiceMode", () -> pick("Tunnel", "DSR"));
            maybe(0.1, "bpfKubeProxyIptablesCleanupEnabled", this::bool);
            maybe(0.1, "bpfLogLevel", () -> pick("Off", "Info", "Debug"));
            maybe(0.12, "chainInsertMode", () -> pick("insert", "append"));
            maybe(0.15, "cpuRequest", () -> pick("100m", "250m", 0.5, 1));
            if (m <= 24) maybe(0.1, "crossSubnet", this::bool);
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
                if (m >= 22) maybe(0.4, "vxlanMode", () -> pick("Always", "CrossSubnet", "Never"));
            } else if (x < 1) {
                maybe(0.3, "ipipMode", () -> pick("Always", "CrossSubnet", "Never"));
            }
            maybe(0.1, "ipv4AutoDetectionMethod", () -> pick("first-found", "can-reach=8.8.8.8", "interface=eth.*", "skip-interface=en.*,eth0"));
            if (!stack.equals("ipv4")) maybe(0.2, "ipv6AutoDetectionMethod", () -> pick("first-found", "can-reach=2001:4860:4860::8888"));
            maybe(0.12, "iptablesBackend", () -> pick("Auto", "Legacy", "NFT"));
            maybe(0.1, "logSeverityScreen", () -> pick("info", "debug", "warning", "error", "fatal", "panic"));
            maybe(0.15, "mtu", () -> pick(0, 1440, 8981, 9001));
            maybe(0.12, "prometheusMetricsEnabled", this::bool);
            maybe(0.1, "prometheusMetricsPort", () -> pick(0, 9091, 9095));
            maybe(0.1, "prometheusGoMetricsEnabled", this::bool);
            maybe(0.1, "prometheusProcessMetricsEnabled", this::bool);
            maybe(0.1, "typhaPrometheusMetricsEnabled", this::bool);
            maybe(0.1, "typhaPrometheusMetricsPort", () -> pick(0, 9093));
            maybe(0.15, "typhaReplicas", () -> pick(0, 1, 3));
            if (m >= 22) maybe(0.1, "wireguardEnabled", this::bool);
            if (m <= 22) maybe(0.1, "majorVersion", () -> "v3");
        }

        void canal() {
            maybe(0.15, "chainInsertMode", () -> pick("insert", "append"));
            maybe(0.15, "cpuRequest", () -> pick("100m", "250m", 0.5));
            maybe(0.15, "defaultEndpointToHostAction", () -> pick("ACCEPT", "DROP", "RETURN"));
            maybe(0.15, "disableFlannelForwardRules", this::bool);
            maybe(0.15, "disableTxChecksumOffloading", this::bool);
            maybe(0.15, "iptablesBackend", () -> pick("Auto", "Legacy", "NFT"));
            maybe(0.15, "logSeveritySys", () -> pick("INFO", "DEBUG", "WARNING", "ERROR", "CRITICAL", "NONE"));
            maybe(0.15, "mtu", () -> pick(0, 1440, 8981));
            maybe(0.1, "prometheusGoMetricsEnabled", this::bool);
            maybe(0.1, "prometheusMetricsEnabled", this::bool);
            maybe(0.1, "prometheusMetricsPort", () -> pick(0, 9091));
            maybe(0.1, "prometheusProcessMetricsEnabled", this::bool);
            maybe(0.1, "typhaPrometheusMetricsEnabled", this::bool);
            maybe(0.1, "typhaPrometheusMetricsPort", () -> pick(0, 9093));
            maybe(0.15, "typhaReplicas", () -> pick(0, 1, 3));
        }

        void cilium(boolean eni) {
            if (eni) p.put("ipam", "eni");
            if (stack.equals("ipv6") && m >= 24 && r.nextDouble() < 0.7) p.put("enableNodePort", true);
            if (eni && m <= 21 && r.nextDouble() < 0.85) p.put("disableMasquerade", true);
            else maybe(0.15, "ipam", () -> m >= 22 ? pick("kubernetes", "crd") : pick("kubernetes", "crd", "hostscope"));
            maybe(0.08, "agentPrometheusPort", () -> pick(0, 9090, 9962));
            maybe(0.1, "enablePrometheusMetrics", this::bool);
            maybe(0.08, "debug", this::bool);
            maybe(0.08, "enablePolicy", () -> pick("default", "always", "never"));
            maybe(0.08, "enableL7Proxy", this::bool);
            maybe(0.1, "enableBPFMasquerade", this::bool);
            maybe(0.08, "enableEndpointHealthChecking", this::bool);
            if (m >= 22) {
                if (r.nextDouble() < 0.08) {
                    p.put("enableEncryption", true);
                    maybe(0.7, "encryptionType", () -> pick("ipsec", "wireguard"));
                    maybe(0.3, "nodeEncryption", this::bool);
                }
                maybe(0.08, "identityAllocationMode", () -> "crd");
                maybe(0.08, "bpfLBAlgorithm", () -> pick("random", "maglev"));
                maybe(0.05, "bpfLBMaglevTableSize", () -> pick("16381", "65521"));
            }
            maybe(0.05, "identityChangeGracePeriod", () -> pick("5s", "0s"));
            if (!eni) maybe(0.1, "tunnel", () -> pick("vxlan", "geneve", "disabled"));
            maybe(0.08, "monitorAggregation", () -> pick("low", "medium", "maximum"));
            maybe(0.05, "bpfCTGlobalTCPMax", () -> pick(0, 524288));
            maybe(0.05, "bpfCTGlobalAnyMax", () -> pick(0, 262144));
            maybe(0.04, "bpfNATGlobalMax", () -> pick(0, 524288));
            maybe(0.04, "bpfNeighGlobalMax", () -> pick(0, 524288));
            maybe(0.04, "bpfPolicyMapMax", () -> pick(0, 16384));
            maybe(0.04, "bpfLBMapMax", () -> pick(0, 65536));
            maybe(0.05, "bpfLBSock", this::bool);
            maybe(0.04, "bpfLBSockHostNSOnly", this::bool);
            maybe(0.06, "preallocateBPFMaps", this::bool);
            maybe(0.05, "clusterName", () -> pick("default", "mesh1"));
            maybe(0.05, "clusterID", () -> pick(0, 1, 255));
            maybe(0.05, "toFqdnsDnsRejectResponseCode", () -> pick("refused", "nameError"));
            maybe(0.05, "toFqdnsEnablePoller", this::bool);
            maybe(0.05, "IPTablesRulesNoinstall", this::bool);
            maybe(0.06, "autoDirectNodeRoutes", this::bool);
            maybe(0.05, "enableHostReachableServices", this::bool);
            maybe(0.08, "enableNodePort", this::bool);
            maybe(0.05, "enableRemoteNodeIdentity", this::bool);
            maybe(0.04, "enableUnreachableRoutes", this::bool);
            if (m >= 24) maybe(0.05, "cniExclusive", this::bool);
            maybe(0.05, "disableCNPStatusUpdates", this::bool);
            maybe(0.04, "enableServiceTopology", this::bool);
            maybe(0.06, "cpuRequest", () -> pick("25m", "100m", 0.5));
            maybe(0.06, "memoryRequest", () -> pick("128Mi", "512Mi"));
            if (!eni) maybe(0.06, "masquerade", this::bool);
            else if (r.nextDouble() < 0.1) p.put("masquerade", true);
            maybe(0.04, "enableLocalRedirectPolicy", this::bool);
            if (m <= 22) maybe(0.05, "containerRuntimeLabels", () -> pick("none", "containerd", "docker", "auto"));
            if (r.nextDouble() < 0.1) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("enabled", r.nextBoolean());
                if (r.nextBoolean()) h.put("metrics", List.of("dns", "drop", "tcp", "flow"));
                p.put("hubble", h);
                if (Boolean.TRUE.equals(h.get("enabled")) && r.nextDouble() < 0.8) spec.put("certManager", map("enabled", true));
            }
            if (m >= 28 && r.nextDouble() < 0.1) {
                Map<String, Object> in = new LinkedHashMap<>();
                in.put("enabled", r.nextDouble() < 0.8);
                if (r.nextBoolean()) in.put("enforceHttps", r.nextBoolean());
                if (r.nextBoolean()) in.put("enableSecretsSync", r.nextBoolean());
                if (r.nextBoolean()) in.put("defaultLoadBalancerMode", pick("shared", "dedicated"));
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
                env.add(map("name", "WARM_IP_TARGET", "value", pick("0", "10")));
                if (r.nextBoolean()) env.add(map("name", "ENABLE_PREFIX_DELEGATION", "value", "true"));
                if (r.nextBoolean()) env.add(map("name", "AWS_VPC_K8S_CNI_LOGLEVEL", "value", "DEBUG"));
                p.put("env", env);
            }
        }

        void weave() {
            maybe(0.15, "mtu", () -> pick(0, 1376, 8912));
            maybe(0.12, "connLimit", () -> pick(0, 200));
            maybe(0.12, "noMasqLocal", () -> pick(0, 1));
            maybe(0.12, "memoryRequest", () -> pick("200Mi", "1Gi"));
            maybe(0.12, "cpuRequest", () -> pick("50m", 0.5));
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
            maybe(0.2, "networkPolicies", this::bool);
            maybe(0.15, "adminNetworkPolicies", this::bool);
            maybe(0.15, "baselineAdminNetworkPolicies", this::bool);
            maybe(0.2, "dnsCaching", this::bool);
            maybe(0.15, "nat64", this::bool);
            maybe(0.15, "fastPathThreshold", () -> pick(0, 10, 50));
            maybe(0.15, "logLevel", () -> pick(0, 2, 4));
            if (r.nextDouble() < 0.2) {
                Map<String, Object> mq = new LinkedHashMap<>();
                mq.put("enabled", r.nextBoolean());
                if (r.nextBoolean()) mq.put("nonMasqueradeCIDRs", List.of("10.0.0.0/8", "172.16.0.0/12"));
                p.put("masquerade", mq);
            }
        }

        // ---------------------------------------------------------------- mutations

        /** Applies one invalidating mutation; returns its name. */
        String mutate() {
            List<String> options = new ArrayList<>(List.of("bad-cidr", "two-providers", "service-range-outside",
                    "pod-cidr-overlaps-network", "unsupported-option", "duplicate-subnet"));
            if (subnets.stream().anyMatch(s -> s.containsKey("cidr"))) options.add("subnet-outside-network");
            if (stack.equals("ipv4") && !gce) options.add("ipv6-without-ipv6-nonmasq");
            if (m <= 24) options.add("kubelet-nonmasq-mismatch");
            if (m >= 33 && !gce && (provider.startsWith("cilium") || provider.equals("amazonvpc"))) options.add("aws-only-on-gce");
            String pick = options.get(r.nextInt(options.size()));
            switch (pick) {
                case "bad-cidr" -> {
                    if (spec.containsKey("networkCIDR") && r.nextBoolean()) spec.put("networkCIDR", "172.20.0.0/33");
                    else spec.put("nonMasqueradeCIDR", pick("100.64.0.0/33", "100.64.0.0", "not-a-cidr"));
                }
                case "two-providers" -> networking.put(providerKey.equals("kubenet") ? "calico" : pick("kubenet", "cni", "calico", "kopeio"), new LinkedHashMap<>());
                case "service-range-outside" -> spec.put("serviceClusterIPRange", "192.168.0.0/16");
                case "pod-cidr-overlaps-network" -> spec.put("podCIDR", spec.containsKey("networkCIDR") ? spec.get("networkCIDR") : "172.20.0.0/16");
                case "duplicate-subnet" -> subnets.add(new LinkedHashMap<>(subnets.get(0)));
                case "subnet-outside-network" -> subnets.stream().filter(s -> s.containsKey("cidr")).findFirst().get().put("cidr", "192.168.0.0/19");
                case "ipv6-without-ipv6-nonmasq" -> subnets.get(0).put("ipv6CIDR", "/64#0");
                case "kubelet-nonmasq-mismatch" -> spec.put("kubelet", map("nonMasqueradeCIDR", "10.128.0.0/9"));
                case "aws-only-on-gce" -> {
                    spec.put("cloudProvider", "gce");
                    spec.put("project", "testproject");
                    spec.remove("networkCIDR");
                    spec.remove("additionalNetworkCIDRs");
                    spec.remove("topology");
                    subnets.clear();
                    subnets.add(map("name", "us-test1", "region", "us-test1", "type", "Public"));
                    if (provider.startsWith("cilium")) p.put("ipam", "eni");
                }
                case "unsupported-option" -> unsupportedOption();
                default -> throw new IllegalStateException(pick);
            }
            return pick;
        }

        void unsupportedOption() {
            switch (provider) {
                case "calico" -> p.put(pick("encapsulationMode", "ipipMode", "iptablesBackend"), "gre");
                case "canal" -> p.put("logSeveritySys", "TRACE");
                case "cilium", "cilium-eni" -> p.put(pick("tunnel", "enablePolicy", "monitorAggregation"), "bogus");
                case "flannel" -> p.put("backend", pick("host-gw", ""));
                case "kindnet" -> p.put("masquerade", map("enabled", true, "nonMasqueradeCIDRs", List.of("not-a-cidr")));
                default -> networking.put("classic", new LinkedHashMap<>());
            }
        }

        // ---------------------------------------------------------------- helpers

        void maybe(double chance, String key, Supplier<Object> value) {
            if (r.nextDouble() < chance) p.put(key, value.get());
        }

        Object bool() {
            return r.nextBoolean();
        }

        @SafeVarargs
        final <T> T pick(T... options) {
            return options[r.nextInt(options.length)];
        }

        @SafeVarargs
        final Map<String, Object> oneOf(Supplier<Map<String, Object>>... options) {
            return options[r.nextInt(options.length)].get();
        }

        static Map<String, Object> map(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
            return m;
        }
    }
}
