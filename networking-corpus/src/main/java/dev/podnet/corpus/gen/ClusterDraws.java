package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extra draws of the cluster profile ({@link SpecGenerator#CLUSTER}): on a wide-profile document, a random subset of
 * the Cluster fields outside networking that kops also checks, each with a mix of values kops accepts and values it
 * refuses (valid forms, boundary values, wrong enums, empty strings, malformed ranges and durations, fields Kubernetes
 * removed at some version): the kubelet and control plane kubelet, {@code kubeAPIServer}, the access lists and upstream
 * nameservers, the topology's DNS type and bastion, subnet type spellings, empty strings in plain Go string fields, the
 * API load balancer's type, class and subnets. Every draw here happens after the wide profile's, and only for cluster
 * cases, so the other profiles keep their documents for a given seed.
 */
final class ClusterDraws {
    /**
     * Each group's chance; a case with none gets one group drawn at random, so nearly every case sets some of these fields
     * (that group may set nothing: a bastion beside a public topology, a subnet type without subnets).
     */
    private static final double GROUP_CHANCE = 0.18;
    /** Share of values drawn from what kops accepts (the rest from what some release refuses), so most specs get past validation. */
    private static final double VALID_SHARE = 0.8;
    /** Index of {@link #subnetType} among the groups. */
    private static final int SUBNET_TYPE = 7;

    private final GeneratedCase c;
    private final Draws r;
    private final List<String> drawn = new ArrayList<>();

    ClusterDraws(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
    }

    /** Draws the groups; returns their names, in the order drawn. */
    List<String> draw() {
        List<Runnable> groups = List.of(() -> kubelet("kubelet"), this::controlPlaneKubelet, this::kubeApiServer,
                this::accessLists, this::upstreamNameservers, this::topologyDns, this::bastion, this::subnetType,
                this::emptyGoString, this::apiLoadBalancer);
        for (int i = 0; i < groups.size(); i++) {
            // a subnet's type changed is mostly refused: drawn less often
            double chance = i == SUBNET_TYPE ? GROUP_CHANCE / 3 : GROUP_CHANCE;
            if (r.nextDouble() < chance) groups.get(i).run();
        }
        if (drawn.isEmpty()) groups.get(r.nextInt(groups.size())).run();
        return drawn;
    }

    /** One to three kubelet fields; {@code key} is {@code kubelet}, {@code masterKubelet} or {@code controlPlaneKubelet}. */
    private void kubelet(String key) {
        Map<String, Object> k = block(key);
        int fields = 1 + r.nextInt(3);
        for (int i = 0; i < fields; i++) {
            switch (r.nextInt(10)) {
                case 0 -> k.put("apiServers", mixed(a(""), a("https://api.internal.minimal.example.com")));
                case 1 -> k.put("bootstrapKubeconfig", mixed(a(""), a("/var/lib/kubelet/bootstrap-kubeconfig")));
                case 2 -> k.put("topologyManagerPolicy", mixed(a("none", "best-effort", "restricted", "single-numa-node", ""), a("bogus", "None")));
                case 3 -> k.put("enableCadvisorJsonEndpoints", r.bool());
                case 4 -> k.put("logFormat", mixed(a("text", "json", ""), a("xml", "JSON")));
                case 5 -> k.put("cpuCFSQuotaPeriod", mixed(a("100ms", "5ms"), a("5 ms", "5")));
                case 6 -> shutdownGracePeriods(k);
                case 7 -> k.put("memorySwapBehavior", mixed(a("LimitedSwap", "UnlimitedSwap", ""), a("NoSwap", "limitedswap")));
                case 8 -> removedKubeletField(k);
                default -> k.put(r.pick("maxPods", "podPidsLimit"), r.pick(0, 110, 4096));
            }
        }
        drawn.add(key);
    }

    private void controlPlaneKubelet() {
        // v1alpha2's key is masterKubelet; controlPlaneKubelet is v1alpha3's, unknown here
        kubelet(r.nextDouble() < 0.85 ? "masterKubelet" : "controlPlaneKubelet");
    }

    /**
     * Both grace periods: in order, equal, reversed, malformed (the critical pods' alone crashes kops 1.24-1.36, no
     * verdict: not drawn).
     */
    private void shutdownGracePeriods(Map<String, Object> k) {
        String[] pair = (String[]) mixed(new String[][] {{"30s", "10s"}, {"1m", "60s"}, {"2m", "0s"}},
                new String[][] {{"30s", "1m30s"}, {"thirty", "10s"}});
        k.put("shutdownGracePeriod", pair[0]);
        k.put("shutdownGracePeriodCriticalPods", pair[1]);
    }

    /** A kubelet field Kubernetes 1.24 removed (kops refuses them from some Kubernetes version). */
    private void removedKubeletField(Map<String, Object> k) {
        switch (r.nextInt(3)) {
            case 0 -> k.put("networkPluginName", r.pick("cni", "kubenet", ""));
            case 1 -> k.put("networkPluginMTU", r.pick(0, 1500, 9001));
            default -> k.put("nonMasqueradeCIDR", c.spec.getOrDefault("nonMasqueradeCIDR", "100.64.0.0/10"));
        }
    }

    /** One to three kubeAPIServer fields kops checks. */
    private void kubeApiServer() {
        Map<String, Object> k = block("kubeAPIServer");
        int fields = 1 + r.nextInt(3);
        for (int i = 0; i < fields; i++) {
            switch (r.nextInt(8)) {
                case 0 -> k.put("serviceNodePortRange", mixed(a("30000-32767", "28000-32767", "30000", "30000+2767", ""),
                        a("abc", "32767-30000", "30000-70000", "30000 - 32767")));
                case 1 -> authorizationMode(k);
                case 2 -> admission(k);
                case 3 -> k.put("enableBootstrapTokenAuth", r.bool());
                case 4 -> proxyClient(k);
                case 5 -> k.put("logFormat", mixed(a("text", "json", ""), a("xml", "Text")));
                case 6 -> k.put("enableAdmissionPlugins", List.of("NamespaceLifecycle", "NodeRestriction"));
                default -> k.put(r.pick("auditLogMaxAge", "maxRequestsInflight"), r.pick(0, 10, 400));
            }
        }
        drawn.add("kubeAPIServer");
    }

    private void authorizationMode(Map<String, Object> k) {
        // RBAC, AlwaysAllow and "" pass up to 1.33 (refused from 1.36 on AWS)
        String mode = (String) mixed(a("Node,RBAC", "RBAC,Node", "RBAC", "AlwaysAllow", "Node,RBAC,Webhook", "ABAC,Node,RBAC", ""),
                a("Webhook", "Bogus", "Node, RBAC"));
        k.put("authorizationMode", mode);
        if (mode.contains("Webhook") && r.nextBoolean()) k.put("authorizationWebhookConfigFile", r.pick("/srv/kubernetes/webhook.yaml", ""));
    }

    private void admission(Map<String, Object> k) {
        k.put("admissionControl", mixed(a(List.of(), List.of("NamespaceLifecycle")), a(List.of(""))));
        if (r.nextBoolean()) k.put("disableAdmissionPlugins", r.pick(List.of(), List.of("AlwaysPullImages")));
    }

    /** The proxy client certificate and key: both, one alone, or an empty string for one. */
    private void proxyClient(Map<String, Object> k) {
        if (r.nextDouble() < VALID_SHARE) {
            k.put("proxyClientCertFile", r.pick("/srv/kubernetes/proxy.crt", ""));
            k.put("proxyClientKeyFile", r.pick("/srv/kubernetes/proxy.key", ""));
            return;
        }
        k.put(r.pick("proxyClientCertFile", "proxyClientKeyFile"), r.pick("/srv/kubernetes/proxy.pem", ""));
    }

    /** One or two of sshAccess, kubernetesApiAccess, nodePortAccess, each with one or two entries. */
    private void accessLists() {
        int lists = 1 + r.nextInt(2);
        for (int i = 0; i < lists; i++) {
            String key = r.pick("sshAccess", "kubernetesApiAccess", "nodePortAccess");
            List<Object> entries = new ArrayList<>();
            int n = 1 + r.nextInt(2);
            for (int e = 0; e < n; e++) entries.add(accessEntry());
            c.spec.put(key, entries);
            drawn.add(key);
        }
    }

    private String accessEntry() {
        // a prefix list id is accepted from 1.24
        return (String) mixed(a("0.0.0.0/0", "::/0", "10.0.0.0/8", "203.0.113.0/24", "2001:db8::/32", "pl-12345678"),
                a("10.0.0.1/8", "10.0.0.1", "", " 203.0.113.0/24", "sg-12345678", "2001:db8::/129"));
    }

    private void upstreamNameservers() {
        Map<String, Object> dns = block("kubeDNS");
        List<Object> servers = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) servers.add(mixed(a("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888"), a("8.8.8.8:53", "", "dns.example.com")));
        dns.put("upstreamNameservers", servers);
        drawn.add("kubeDNS.upstreamNameservers");
    }

    /** The topology's DNS type (and sometimes its masters / nodes), in valid and invalid spellings. */
    private void topologyDns() {
        Map<String, Object> t = topology();
        // None from 1.28; Private needs a hosted zone kops looks up in its mock cloud
        t.put("dns", map("type", mixed(a("Public", "None", ""), a("Private", "public", "Bogus"))));
        if (r.nextDouble() < 0.2) t.put(r.pick("masters", "nodes"), mixed(a("public", "private"), a("Public", "")));
        drawn.add("topology.dns");
    }

    /** A bastion, mostly where the topology is private (kops refuses it beside a public one). */
    private void bastion() {
        boolean privateTopology = c.spec.get("topology") instanceof Map<?, ?> given && "private".equals(given.get("masters"))
                && "private".equals(given.get("nodes"));
        if (!privateTopology && r.nextDouble() < VALID_SHARE) return;
        Map<String, Object> t = topology();
        Map<String, Object> b = new LinkedHashMap<>();
        if (r.nextDouble() < 0.7) b.put("bastionPublicName", r.pick("bastion.minimal.example.com", ""));
        if (r.nextDouble() < 0.3) b.put("idleTimeoutSeconds", r.pick(0, 120, 3600));
        t.put("bastion", b);
        drawn.add("topology.bastion");
    }

    /** One subnet's type in another spelling or kind. */
    private void subnetType() {
        if (c.subnets.isEmpty()) return;
        Map<String, Object> s = c.subnets.get(r.nextInt(c.subnets.size()));
        s.put("type", r.pick("public", "PRIVATE", "Bogus", "", "Utility", "Isolated", "DualStack", "Private"));
        drawn.add("subnets.type");
    }

    /** An empty string in one plain Go string field of the spec or one of its blocks. */
    private void emptyGoString() {
        String field = r.pick("podCIDR", "serviceClusterIPRange", "networkID", "masterPublicName", "masterInternalName",
                "dnsZone", "clusterDNSDomain", "sshKeyName", "containerRuntime", "subnet.egress", "subnet.id", "subnet.region",
                "kubeProxy.proxyMode", "kubeDNS.serverIP", "kubeDNS.provider");
        switch (field) {
            case "subnet.egress", "subnet.id", "subnet.region" -> {
                if (c.subnets.isEmpty()) return;
                c.subnets.get(r.nextInt(c.subnets.size())).put(field.substring("subnet.".length()), "");
            }
            case "kubeProxy.proxyMode" -> block("kubeProxy").put("proxyMode", "");
            case "kubeDNS.serverIP", "kubeDNS.provider" -> block("kubeDNS").put(field.substring("kubeDNS.".length()), "");
            default -> c.spec.put(field, "");
        }
        drawn.add("empty:" + field);
    }

    /** The API load balancer's type and class, valid, misspelt, empty; sometimes beside {@code api.dns}. */
    private void apiLoadBalancer() {
        Map<String, Object> lb = new LinkedHashMap<>();
        if (r.nextDouble() < 0.85) lb.put("type", mixed(a("Public", "Internal", ""), a("internal", "Bogus")));
        if (r.nextDouble() < 0.6) lb.put("class", mixed(a("Classic", "Network", ""), a("network", "Bogus")));
        if (r.nextDouble() < 0.3) lb.put("subnets", List.of(loadBalancerSubnet()));
        Map<String, Object> api = map("loadBalancer", lb);
        if (r.nextDouble() < 0.15) api.put("dns", new LinkedHashMap<>());
        c.spec.put("api", api);
        drawn.add("api.loadBalancer");
    }

    /**
     * One entry of the API load balancer's subnets: a cluster subnet or an unknown or empty name, sometimes with a private
     * address (inside the subnet's CIDR, outside it, not an address) or an elastic IP allocation id (given or empty).
     */
    private Map<String, Object> loadBalancerSubnet() {
        Map<String, Object> s = c.subnets.isEmpty() ? map() : c.subnets.get(r.nextInt(c.subnets.size()));
        Object cidr = s.get("cidr");
        Map<String, Object> entry = map("name", mixed(a(s.getOrDefault("name", "")), a("nope", "")));
        switch (r.nextInt(3)) {
            case 0 -> entry.put("privateIPv4Address", mixed(
                    a(cidr == null ? "172.20.32.10" : String.valueOf(cidr).replaceFirst("\\.0/\\d+$", ".10")), a("10.99.0.1", "abc", "")));
            case 1 -> entry.put("allocationId", mixed(a("eipalloc-12345678"), a("")));
            default -> { }
        }
        return entry;
    }

    /** One of {@code valid} (at {@link #VALID_SHARE}) or of {@code invalid}. */
    private Object mixed(Object[] valid, Object[] invalid) {
        Object[] from = r.nextDouble() < VALID_SHARE ? valid : invalid;
        return from[r.nextInt(from.length)];
    }

    private static Object[] a(Object... values) {
        return values;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> topology() {
        Object t = c.spec.get("topology");
        if (t instanceof Map<?, ?>) return (Map<String, Object>) t;
        Map<String, Object> fresh = map("masters", "public", "nodes", "public");
        c.spec.put("topology", fresh);
        return fresh;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> block(String key) {
        return (Map<String, Object>) c.spec.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }
}
