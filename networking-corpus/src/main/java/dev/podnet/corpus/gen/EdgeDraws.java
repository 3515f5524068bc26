package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.a;
import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extra draws of the edges profile ({@link SpecGenerator#EDGES}): on a cluster-profile document, the areas the other
 * profiles never draw, each with values kops accepts and values it refuses: the egress proxy (host, port, excludes), a
 * subnet's additional routes, a value of the wrong type in a block (a string where kops wants an integer, a boolean, a map
 * or a list, and the reverse), several more subnets of mixed types, an IPv4 cluster turned IPv6 (nonMasqueradeCIDR
 * {@code ::/0}, IPv6 subnet CIDRs) and unusual values of the network fields (CIDRs of odd sizes and places, host bits,
 * overlaps). Every draw here happens after the cluster profile's, and only for edges cases, so the other profiles keep their
 * documents for a given seed.
 */
final class EdgeDraws {
    /** Each group's chance; a case with none gets one group drawn at random. */
    private static final double GROUP_CHANCE = 0.22;
    /** Share of values drawn from what kops accepts (the rest from what some release refuses). */
    private static final double VALID_SHARE = 0.75;

    private final GeneratedCase c;
    private final Draws r;
    private final List<String> drawn = new ArrayList<>();

    EdgeDraws(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
    }

    /** Draws the groups; returns their names, in the order drawn. */
    List<String> draw() {
        List<Runnable> groups = List.of(this::egressProxy, this::additionalRoutes, this::wrongType, this::mixedSubnets,
                this::ipv6, this::networkFields);
        for (Runnable g : groups) if (r.nextDouble() < GROUP_CHANCE) g.run();
        if (drawn.isEmpty()) groups.get(r.nextInt(groups.size())).run();
        return drawn;
    }

    /** The egress proxy: host, port (in range, zero, out of range, a string), excludes (lists of names and CIDRs, odd forms). */
    private void egressProxy() {
        Map<String, Object> proxy = new LinkedHashMap<>();
        Map<String, Object> http = new LinkedHashMap<>();
        if (r.nextDouble() < 0.9) {
            http.put("host", r.mixed(VALID_SHARE, a("proxy.example.com", "10.0.0.5", "squid.internal"), a("", "http://proxy.example.com", "proxy example")));
        }
        if (r.nextDouble() < 0.85) http.put("port", r.mixed(VALID_SHARE, a(3128, 80, 8080, 65535), a(0, -1, 70000, "3128")));
        proxy.put("httpProxy", http);
        if (r.nextDouble() < 0.6) {
            proxy.put("excludes", r.mixed(VALID_SHARE, a("example.com", ".internal,10.0.0.0/8", "", "amazonaws.com,169.254.169.254"),
                    a(" spaced.example.com , other ", "a,,b", List.of("example.com"))));
        }
        c.spec.put("egressProxy", proxy);
        drawn.add("egressProxy");
    }

    /** One or two routes on one subnet (mostly a Private one with a CIDR), targets of every kind kops knows and some it does not. */
    private void additionalRoutes() {
        if (c.subnets.isEmpty()) return;
        List<Map<String, Object>> priv = c.subnets.stream()
                .filter(s -> "Private".equals(s.get("type")) && s.containsKey("cidr")).toList();
        Map<String, Object> s = !priv.isEmpty() && r.nextDouble() < VALID_SHARE ? priv.get(r.nextInt(priv.size()))
                : c.subnets.get(r.nextInt(c.subnets.size()));
        List<Object> routes = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            Map<String, Object> route = new LinkedHashMap<>();
            route.put("cidr", r.mixed(VALID_SHARE, a("10.200.0.0/16", "192.168.0.0/24", "0.0.0.0/0", "10.201.5.0/24"),
                    a("10.200.0.1/16", "172.20.10.0/24", "300.0.0.0/8", "", 10)));
            route.put("target", r.mixed(VALID_SHARE, a("pcx-12345678", "tgw-0123456789abcdef0", "i-0abcdef1234567890", "nat-12345678",
                    "igw-12345678", "eigw-12345678"), a("vgw-12345678", "", "pcx", "PCX-12345678")));
            routes.add(route);
        }
        if (n == 2 && r.nextDouble() < 0.3) routes.add(routes.get(0));
        s.put("additionalRoutes", routes);
        drawn.add("subnets.additionalRoutes");
    }

    /** One value of another type than kops' field has (and a few that kops reads either way). */
    private void wrongType() {
        String field = r.pick("kubelet.maxPods", "kubeProxy.enabled", "networkCIDR", "nonMasqueradeCIDR", "additionalNetworkCIDRs",
                "sshAccess", "kubeDNS.upstreamNameservers", "cloudLabels", "kubelet.featureGates", "topology", "subnet.cidr",
                "subnet.zone", "kubeProxy.clusterCIDR", "iam.legacy", "kubeAPIServer.enableAdmissionPlugins", "provider.block",
                "kubeControllerManager.nodeCIDRMaskSize", "kubernetesVersion", "networking");
        switch (field) {
            case "kubelet.maxPods" -> c.specMapping("kubelet").put("maxPods", r.pick("110", 110.0, List.of(110)));
            case "kubeProxy.enabled" -> c.specMapping("kubeProxy").put("enabled", r.pick("false", "true", 0, map()));
            case "networkCIDR", "nonMasqueradeCIDR" -> c.spec.put(field, r.pick(List.of(c.spec.getOrDefault(field, "172.20.0.0/16")), 172, true));
            case "additionalNetworkCIDRs" -> c.spec.put(field, r.pick("172.21.0.0/16", map("cidr", "172.21.0.0/16")));
            case "sshAccess" -> c.spec.put(field, r.pick("0.0.0.0/0", map("cidr", "0.0.0.0/0")));
            case "kubeDNS.upstreamNameservers" -> c.specMapping("kubeDNS").put("upstreamNameservers", "8.8.8.8");
            case "cloudLabels" -> c.spec.put(field, r.pick(List.of("team=net"), "team=net", map("team", 7)));
            case "kubelet.featureGates" -> c.specMapping("kubelet").put("featureGates", r.pick("Foo=true", List.of("Foo"), map("Foo", true)));
            case "topology" -> c.spec.put(field, r.pick("private", List.of("public")));
            case "subnet.cidr", "subnet.zone" -> {
                if (c.subnets.isEmpty()) return;
                c.subnets.get(r.nextInt(c.subnets.size())).put(field.substring("subnet.".length()), r.pick(172, List.of("x"), map(), true));
            }
            case "kubeProxy.clusterCIDR" -> c.specMapping("kubeProxy").put("clusterCIDR", r.pick(100, List.of("100.96.0.0/11")));
            case "iam.legacy" -> c.specMapping("iam").put("legacy", r.pick("false", "no", 0));
            case "kubeAPIServer.enableAdmissionPlugins" -> c.specMapping("kubeAPIServer").put("enableAdmissionPlugins", "NodeRestriction");
            case "provider.block" -> c.networking.put(c.providerKey, r.pick("enabled", List.of(), true));
            case "kubeControllerManager.nodeCIDRMaskSize" -> c.specMapping("kubeControllerManager").put("nodeCIDRMaskSize", r.pick("24", 24.5, -1));
            case "kubernetesVersion" -> c.spec.put(field, r.pick(1.3, 130, List.of(c.spec.get(field))));
            default -> c.spec.put("networking", r.pick("calico", List.of(map("calico", map())), map(c.providerKey, map(), "bogus", map())));
        }
        drawn.add("type:" + field);
    }

    /** One to three more subnets of any type, in any zone; now and then a name or CIDR twice, or a CIDR outside the network. */
    private void mixedSubnets() {
        if (c.gce) return;
        boolean cidrs = c.subnets.stream().anyMatch(s -> s.containsKey("cidr"));
        String network = String.valueOf(c.spec.getOrDefault("networkCIDR", "172.20.0.0/16"));
        String prefix = network.contains(".0.0/") ? network.substring(0, network.indexOf(".0.0/")) : "172.20";
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String zone = "us-test-1" + r.pick('a', 'b', 'c');
            String type = c.m >= 28 ? r.pick("Public", "Private", "Utility", "Isolated", "DualStack") : r.pick("Public", "Private", "Utility");
            Map<String, Object> s = new LinkedHashMap<>();
            if (cidrs) {
                s.put("cidr", r.mixed(VALID_SHARE, a(prefix + "." + (128 + 16 * i) + ".0/20", prefix + "." + (200 + i) + ".0/24", prefix + "." + (240 + i) + ".0/28"),
                        a(prefix + ".32.0/20", "192.168." + i + ".0/24", prefix + "." + (128 + i) + ".1/24")));
            }
            if (c.stack.equals("ipv6") || c.stack.equals("dual") && r.nextBoolean()) s.put("ipv6CIDR", "/64#" + Integer.toHexString(0x20 + i));
            String name = type.toLowerCase() + "-" + i + "-" + zone;
            if (!c.subnets.isEmpty() && r.nextDouble() > 0.9) name = String.valueOf(c.subnets.get(0).get("name"));
            s.put("name", name);
            s.put("type", type);
            s.put("zone", zone);
            c.subnets.add(s);
        }
        drawn.add("subnets.mixed");
    }

    /**
     * An IPv4 cluster turned IPv6: nonMasqueradeCIDR {@code ::/0}, IPv6 subnet CIDRs (hash or explicit form, sometimes
     * missing on one subnet), mostly the external cloud controller manager and no IPv4 pod or service range.
     */
    private void ipv6() {
        if (c.gce || !c.stack.equals("ipv4") || c.subnets.isEmpty()) return;
        c.spec.put("nonMasqueradeCIDR", "::/0");
        if (r.nextDouble() < VALID_SHARE) {
            c.spec.remove("podCIDR");
            c.spec.remove("serviceClusterIPRange");
        }
        boolean hash = r.nextDouble() < 0.7;
        int i = 0;
        for (Map<String, Object> s : c.subnets) {
            if (r.nextDouble() < 0.1) continue;
            s.put("ipv6CIDR", hash ? "/64#" + Integer.toHexString(i) : r.mixed(VALID_SHARE, a("2001:db8:0:" + Integer.toHexString(0x111 + i) + "::/64"),
                    a("2001:db8::/56", "/64#zz", "fd00::/64")));
            i++;
        }
        if (r.nextDouble() < 0.85) c.spec.put("cloudControllerManager", new LinkedHashMap<>());
        if (r.nextDouble() < 0.2) c.spec.put("serviceClusterIPRange", r.pick("fd00:5e4f:ce::/108", "2001:db8:1::/108"));
        drawn.add("ipv6");
    }

    /** Unusual values of the network fields: ranges of odd sizes and places, host bits, overlaps, CIDRs beside the others. */
    private void networkFields() {
        switch (r.nextInt(7)) {
            case 0 -> c.spec.put("nonMasqueradeCIDR", r.mixed(VALID_SHARE, a("100.64.0.0/10", "100.64.0.0/12", "192.168.0.0/16", "10.0.0.0/8"),
                    a("100.64.0.1/10", "172.16.0.0/12", "0.0.0.0/0")));
            case 1 -> c.spec.put("podCIDR", r.mixed(VALID_SHARE, a("100.96.0.0/12", "100.100.0.0/16", "100.127.0.0/16"),
                    a("100.64.0.0/11", "10.244.0.0/16", "100.96.0.1/11")));
            case 2 -> c.spec.put("serviceClusterIPRange", r.mixed(VALID_SHARE, a("100.64.0.0/24", "100.64.0.0/12", "100.80.0.0/16"),
                    a("100.96.0.0/11", "172.20.0.0/24", "100.64.0.0")));
            case 3 -> c.spec.put("additionalNetworkCIDRs", r.mixed(VALID_SHARE, new Object[] {List.of("10.1.0.0/16"), List.of("192.168.0.0/24", "10.2.0.0/16")},
                    new Object[] {List.of("172.20.0.0/16"), List.of("10.1.0.1/16"), List.of("")}));
            case 4 -> c.specMapping("kubeDNS").put("serverIP", r.mixed(VALID_SHARE, a("100.64.0.10", "100.64.0.53"), a("10.0.0.10", "abc")));
            case 5 -> c.specMapping(r.pick("kubeControllerManager", "kubeProxy")).put("clusterCIDR",
                    r.mixed(VALID_SHARE, a("100.96.0.0/11", "100.96.0.0/12"), a("10.244.0.0/16", "bogus")));
            default -> c.spec.put("networkCIDR", r.mixed(VALID_SHARE, a(c.spec.getOrDefault("networkCIDR", "172.20.0.0/16")),
                    a("172.20.0.1/16", "172.20.0.0/24")));
        }
        drawn.add("network");
    }
}
