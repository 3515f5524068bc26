package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated Cluster document under construction: the scaffolding kops-oracle's mock clouds need, the
 * Kubernetes version, the IP stack, the subnets and the component blocks; the provider's fields come from
 * {@link ProviderFields}, an invalidating mutation from {@link CaseMutations}.
 */
final class GeneratedCase {
    final Draws r;
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
    /** The wide profile ({@link SpecGenerator#WIDE}): extra draws, made only when set, so the narrow profile is unchanged. */
    final WideDraws wide;

    GeneratedCase(Draws r, String release, String provider) {
        this(r, release, provider, false);
    }

    GeneratedCase(Draws r, String release, String provider, boolean wide) {
        this.r = r;
        this.wide = wide ? new WideDraws(this) : null;
        this.m = SpecGenerator.minor(release);
        this.provider = provider;
        boolean gceCapable = m >= 33 && List.of("calico", "cilium", "kubenet", "cni", "kindnet").contains(provider);
        this.gce = provider.equals("gce") || gceCapable && r.nextDouble() < 0.15;
        boolean v6Friendly = List.of("calico", "cilium", "cni", "kindnet").contains(provider);
        double v6 = m < 22 ? 0.01 : v6Friendly ? 0.2 : wide ? 0.12 : 0.04;
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
        new ProviderFields(this).fill();
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
                if (r.nextDouble() < 0.1) spec.put("podCIDR", r.pick("100.96.0.0/11", "100.112.0.0/12"));
                if (r.nextDouble() < 0.1) spec.put("serviceClusterIPRange", r.pick("100.64.0.0/13", "100.72.0.0/16"));
            }
        }
        subnets(networkCidr);
        if (wide != null) wide.subnets(networkCidr);
        spec.put("subnets", subnets);
        boolean priv = subnets.stream().anyMatch(s -> "Private".equals(s.get("type")));
        if (priv && r.nextDouble() < 0.85) spec.put("topology", map("dns", map("type", "Public"), "masters", "private", "nodes", "private"));
        else if (r.nextDouble() < 0.1) spec.put("topology", map("dns", map("type", "Public"), "masters", "public", "nodes", "public"));
        components();
        if (wide != null) wide.finish();
    }

    String kubernetesVersion() {
        if (wide != null) return wide.kubernetesVersion();
        int oldest = oldest();
        int k = r.nextDouble() < 0.5 ? m - r.nextInt(3) : oldest + r.nextInt(m - oldest + 1);
        // providers a release supports only below some Kubernetes version: mostly stay below it
        int newest = newestFor();
        if (k > newest && newest >= oldest && r.nextDouble() < 0.85) k = oldest + r.nextInt(newest - oldest + 1);
        if (k < oldest) k = oldest;
        k8sMinor = k;
        String v = "1." + k + "." + r.pick(0, 1, 2, 5, 9);
        return r.nextDouble() < 0.15 ? "v" + v : v;
    }

    /** The oldest Kubernetes minor the release accepts. */
    int oldest() {
        return switch (m) {
            case 19 -> 11; case 20 -> 13; case 21 -> 15; case 22 -> 17; case 24 -> 19; case 28 -> 23; case 30 -> 25;
            case 33 -> 27; default -> 31;
        };
    }

    /** The newest Kubernetes minor the generator mostly keeps a provider below (releases that refuse newer ones for it). */
    int newestFor() {
        return switch (provider) {
            case "canal" -> m == 22 ? 21 : m >= 28 ? 27 : 99;
            case "flannel", "kuberouter" -> m == 28 || (m == 30 && provider.equals("flannel")) ? 27 : 99;
            case "external" -> m >= 28 ? 25 : 99;
            case "weave" -> m >= 24 ? 22 : 99;
            case "amazonvpc" -> m == 22 ? 21 : 99;
            default -> 99;
        };
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
            spec.put("kubelet", r.oneOf(
                    () -> map("anonymousAuth", false),
                    () -> map("maxPods", r.pick(0, 110, 250)),
                    () -> k8sMinor < 24 ? map("networkPluginMTU", r.pick(0, 1500, 9001)) : map("maxPods", 100),
                    () -> map("hairpinMode", r.pick("promiscuous-bridge", "hairpin-veth", "none")),
                    () -> spec.containsKey("nonMasqueradeCIDR") && k8sMinor < 24 ? map("nonMasqueradeCIDR", spec.get("nonMasqueradeCIDR"))
                            : map("anonymousAuth", true)));
        }
        if (r.nextDouble() < 0.1) {
            spec.put("masterKubelet", r.oneOf(() -> map("anonymousAuth", false), () -> map("registerSchedulable", false),
                    () -> map("maxPods", 110)));
        }
        if (r.nextDouble() < 0.2) {
            spec.put("kubeAPIServer", r.oneOf(
                    () -> map("cpuRequest", r.pick("150m", "0.5", "1")),
                    () -> map("anonymousAuth", false),
                    () -> map("logLevel", r.pick(0, 2, 4)),
                    () -> spec.containsKey("serviceClusterIPRange") ? map("serviceClusterIPRange", spec.get("serviceClusterIPRange"))
                            : map("cpuRequest", "100m")));
        }
        if (r.nextDouble() < 0.2) {
            spec.put("kubeControllerManager", r.oneOf(
                    () -> map("logLevel", r.pick(0, 2)),
                    () -> map("allocateNodeCIDRs", r.nextBoolean()),
                    () -> map("configureCloudRoutes", r.nextBoolean()),
                    () -> spec.containsKey("podCIDR") ? map("clusterCIDR", spec.get("podCIDR")) : map("logLevel", 2)));
        }
        if (!spec.containsKey("kubeProxy") && r.nextDouble() < 0.2) {
            spec.put("kubeProxy", r.oneOf(
                    () -> map("enabled", r.nextBoolean()),
                    () -> map("proxyMode", r.pick("iptables", "ipvs")),
                    () -> map("cpuRequest", r.pick("100m", "50m")),
                    () -> spec.containsKey("podCIDR") ? map("clusterCIDR", spec.get("podCIDR")) : map("logLevel", 2)));
        }
    }

    /** The mapping at {@code key} of the spec, a new one put in place of an absent key or any other value. */
    @SuppressWarnings("unchecked")
    Map<String, Object> specMapping(String key) {
        Object b = spec.get(key);
        if (b instanceof Map<?, ?>) return (Map<String, Object>) b;
        Map<String, Object> fresh = new LinkedHashMap<>();
        spec.put(key, fresh);
        return fresh;
    }
}
