package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.a;
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
 * API load balancer's type, class and subnets; from version 2 also the controller manager and scheduler, external DNS,
 * the addons that need cert manager, service account issuer discovery, the external cloud controller manager and EBS CSI
 * driver, components' cloud provider, the update policy, hooks, file assets, the rolling update, the warm pool and the
 * addons with prerequisites (Karpenter, snapshot controller, AWS Load Balancer Controller). Every draw here happens after
 * the wide profile's, and only for cluster cases, so the other profiles keep their documents for a given seed; the
 * version 2 groups are drawn after the version 1 groups, so those draw the same values.
 */
final class ClusterDraws {
    /**
     * Each group's chance; a case with none gets one group drawn at random, so nearly every case sets some of these fields
     * (that group may set nothing: a bastion beside a public topology, a subnet type without subnets).
     */
    private static final double GROUP_CHANCE = 0.18;
    /** Each group's chance among those added in version 2 (more groups: a lower chance keeps most specs valid). */
    private static final double LATER_GROUP_CHANCE = 0.1;
    /** Number of the version 1 groups, drawn first. */
    private static final int FIRST_GROUPS = 10;
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
                this::emptyGoString, this::apiLoadBalancer, this::controllerManager, this::kubeScheduler, this::externalDns,
                this::certManagerDependants, this::issuerDiscovery, this::cloudControllerManager, this::componentCloudProvider,
                this::updatePolicy, this::hooks, this::fileAssets, this::rollingUpdate, this::warmPool, this::prerequisiteAddons);
        for (int i = 0; i < groups.size(); i++) {
            // a subnet's type changed is mostly refused: drawn less often
            double chance = i == SUBNET_TYPE ? GROUP_CHANCE / 3 : i < FIRST_GROUPS ? GROUP_CHANCE : LATER_GROUP_CHANCE;
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
                case 0 -> k.put("apiServers", r.mixed(VALID_SHARE, a(""), a("https://api.internal.minimal.example.com")));
                case 1 -> k.put("bootstrapKubeconfig", r.mixed(VALID_SHARE, a(""), a("/var/lib/kubelet/bootstrap-kubeconfig")));
                case 2 -> k.put("topologyManagerPolicy", r.mixed(VALID_SHARE, a("none", "best-effort", "restricted", "single-numa-node", ""), a("bogus", "None")));
                case 3 -> k.put("enableCadvisorJsonEndpoints", r.bool());
                case 4 -> k.put("logFormat", r.mixed(VALID_SHARE, a("text", "json", ""), a("xml", "JSON")));
                case 5 -> k.put("cpuCFSQuotaPeriod", r.mixed(VALID_SHARE, a("100ms", "5ms"), a("5 ms", "5")));
                case 6 -> shutdownGracePeriods(k);
                case 7 -> k.put("memorySwapBehavior", r.mixed(VALID_SHARE, a("LimitedSwap", "UnlimitedSwap", ""), a("NoSwap", "limitedswap")));
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
        String[] pair = (String[]) r.mixed(VALID_SHARE, new String[][] {{"30s", "10s"}, {"1m", "60s"}, {"2m", "0s"}},
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
                case 0 -> k.put("serviceNodePortRange", r.mixed(VALID_SHARE, a("30000-32767", "28000-32767", "30000", "30000+2767", ""),
                        a("abc", "32767-30000", "30000-70000", "30000 - 32767")));
                case 1 -> authorizationMode(k);
                case 2 -> admission(k);
                case 3 -> k.put("enableBootstrapTokenAuth", r.bool());
                case 4 -> proxyClient(k);
                case 5 -> k.put("logFormat", r.mixed(VALID_SHARE, a("text", "json", ""), a("xml", "Text")));
                case 6 -> k.put("enableAdmissionPlugins", List.of("NamespaceLifecycle", "NodeRestriction"));
                default -> k.put(r.pick("auditLogMaxAge", "maxRequestsInflight"), r.pick(0, 10, 400));
            }
        }
        drawn.add("kubeAPIServer");
    }

    private void authorizationMode(Map<String, Object> k) {
        // RBAC, AlwaysAllow and "" pass up to 1.33 (refused from 1.36 on AWS)
        String mode = (String) r.mixed(VALID_SHARE, a("Node,RBAC", "RBAC,Node", "RBAC", "AlwaysAllow", "Node,RBAC,Webhook", "ABAC,Node,RBAC", ""),
                a("Webhook", "Bogus", "Node, RBAC"));
        k.put("authorizationMode", mode);
        if (mode.contains("Webhook") && r.nextBoolean()) k.put("authorizationWebhookConfigFile", r.pick("/srv/kubernetes/webhook.yaml", ""));
    }

    private void admission(Map<String, Object> k) {
        k.put("admissionControl", r.mixed(VALID_SHARE, a(List.of(), List.of("NamespaceLifecycle")), a(List.of(""))));
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
        return (String) r.mixed(VALID_SHARE, a("0.0.0.0/0", "::/0", "10.0.0.0/8", "203.0.113.0/24", "2001:db8::/32", "pl-12345678"),
                a("10.0.0.1/8", "10.0.0.1", "", " 203.0.113.0/24", "sg-12345678", "2001:db8::/129"));
    }

    private void upstreamNameservers() {
        Map<String, Object> dns = block("kubeDNS");
        List<Object> servers = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) servers.add(r.mixed(VALID_SHARE, a("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888"), a("8.8.8.8:53", "", "dns.example.com")));
        dns.put("upstreamNameservers", servers);
        drawn.add("kubeDNS.upstreamNameservers");
    }

    /** The topology's DNS type (and sometimes its masters / nodes), in valid and invalid spellings. */
    private void topologyDns() {
        Map<String, Object> t = topology();
        // None from 1.28; Private needs a hosted zone kops looks up in its mock cloud
        t.put("dns", map("type", r.mixed(VALID_SHARE, a("Public", "None", ""), a("Private", "public", "Bogus"))));
        if (r.nextDouble() < 0.2) t.put(r.pick("masters", "nodes"), r.mixed(VALID_SHARE, a("public", "private"), a("Public", "")));
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
        if (r.nextDouble() < 0.85) lb.put("type", r.mixed(VALID_SHARE, a("Public", "Internal", ""), a("internal", "Bogus")));
        if (r.nextDouble() < 0.6) lb.put("class", r.mixed(VALID_SHARE, a("Classic", "Network", ""), a("network", "Bogus")));
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
        Map<String, Object> entry = map("name", r.mixed(VALID_SHARE, a(s.getOrDefault("name", "")), a("nope", "")));
        switch (r.nextInt(3)) {
            case 0 -> entry.put("privateIPv4Address", r.mixed(VALID_SHARE, 
                    a(cidr == null ? "172.20.32.10" : String.valueOf(cidr).replaceFirst("\\.0/\\d+$", ".10")), a("10.99.0.1", "abc", "")));
            case 1 -> entry.put("allocationId", r.mixed(VALID_SHARE, a("eipalloc-12345678"), a("")));
            default -> { }
        }
        return entry;
    }

    /** The controller manager's cluster signing duration (refused on newer Kubernetes or kops), valid or malformed. */
    private void controllerManager() {
        block("kubeControllerManager").put("experimentalClusterSigningDuration", r.mixed(VALID_SHARE, a("8760h0m0s", "0s", "1h"), a("1 year", "-")));
        drawn.add("kubeControllerManager");
    }

    private void kubeScheduler() {
        block("kubeScheduler").put("usePolicyConfigMap", r.bool());
        drawn.add("kubeScheduler");
    }

    /** External DNS's provider and watched namespace, in valid and invalid spellings. */
    private void externalDns() {
        Map<String, Object> e = block("externalDns");
        e.put("provider", r.mixed(VALID_SHARE, a("", "dns-controller", "external-dns", "none"), a("External-DNS", "route53")));
        if (r.nextDouble() < 0.3) e.put("watchNamespace", r.mixed(VALID_SHARE, a("", "kube-system"), a("default")));
        drawn.add("externalDns");
    }

    /**
     * An addon that needs cert manager (a secure metrics server, the pod identity webhook) or cert manager's hosted zones,
     * mostly beside an enabled cert manager.
     */
    private void certManagerDependants() {
        switch (r.nextInt(3)) {
            case 0 -> {
                Map<String, Object> m = block("metricsServer");
                m.put("enabled", true);
                if (r.nextBoolean()) m.put("insecure", r.bool());
            }
            case 1 -> block("podIdentityWebhook").put("enabled", true);
            default -> block("certManager").put("hostedZoneIDs", List.of(r.pick("Z1AFAKE1ZON3YO", "Z2EXAMPLE")));
        }
        if (r.nextDouble() < VALID_SHARE) block("certManager").put("enabled", true);
        if (r.nextDouble() < 0.3) block("iam").put("useServiceAccountExternalPermissions", r.bool());
        drawn.add("certManager");
    }

    /**
     * Service account issuer discovery: stores of several schemes, none kops looks up in a cloud (no {@code s3://},
     * {@code do://}, {@code scw://}: their buckets are outside what kops-oracle judges), sometimes the AWS OIDC provider.
     */
    private void issuerDiscovery() {
        Map<String, Object> d = block("serviceAccountIssuerDiscovery");
        if (r.nextDouble() < 0.85) {
            d.put("discoveryStore", r.mixed(VALID_SHARE, a("memfs://discovery.example.com/minimal", "file:///srv/discovery", "/srv/discovery",
                    "k8s://discovery", "gs://discovery-example"), a("azureblob://discovery", "swift://discovery", "bogus://discovery", "")));
        }
        if (r.nextDouble() < 0.5) d.put("enableAWSOIDCProvider", r.bool());
        drawn.add("serviceAccountIssuerDiscovery");
    }

    /** An external cloud controller manager, the EBS CSI driver on or off, sometimes the KCM's external volume plugin. */
    private void cloudControllerManager() {
        if (r.nextDouble() < 0.7) c.spec.put("cloudControllerManager", r.pick(map(), map("cloudProvider", "aws")));
        if (r.nextDouble() < 0.6) block("cloudConfig").put("awsEBSCSIDriver", map("enabled", r.nextDouble() < VALID_SHARE));
        if (r.nextDouble() < 0.2) block("kubeControllerManager").put("externalCloudVolumePlugin", "aws");
        drawn.add("cloudControllerManager");
    }

    /** One component's cloud provider: the cluster's, external, another cloud's, a misspelling. */
    private void componentCloudProvider() {
        String component = r.pick("kubelet", "masterKubelet", "kubeAPIServer", "kubeControllerManager");
        block(component).put("cloudProvider", r.mixed(VALID_SHARE, a("aws", "external"), a("gce", "AWS", "")));
        drawn.add(component + ".cloudProvider");
    }

    private void updatePolicy() {
        c.spec.put("updatePolicy", r.mixed(VALID_SHARE, a("external", "automatic"), a("", "Automatic", "never")));
        drawn.add("updatePolicy");
    }

    /** One or two hooks, valid or missing what kops requires (manifest or container, image, no ordering with a raw manifest). */
    private void hooks() {
        List<Object> hooks = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) hooks.add(r.nextDouble() < VALID_SHARE ? validHook(i) : invalidHook(i));
        c.spec.put("hooks", hooks);
        drawn.add("hooks");
    }

    private Map<String, Object> validHook(int i) {
        Map<String, Object> h = map("name", "hook-" + i + ".service");
        switch (r.nextInt(4)) {
            case 0 -> h.put("manifest", "[Service]\nType=oneshot\nExecStart=/bin/true\n");
            case 1 -> h.put("execContainer", map("image", "busybox:1.36", "command", List.of("sh", "-c", "true")));
            case 2 -> {
                h.put("useRawManifest", true);
                h.put("manifest", "[Unit]\nDescription=raw\n");
            }
            default -> {
                h.put("disabled", true);
                h.put("execContainer", map());
            }
        }
        if (r.nextDouble() < 0.3) h.put("roles", List.of(r.pick("Node", "Master")));
        return h;
    }

    private Map<String, Object> invalidHook(int i) {
        Map<String, Object> h = map("name", "hook-" + i + ".service");
        switch (r.nextInt(4)) {
            case 0 -> { }
            case 1 -> h.put("execContainer", map("image", ""));
            case 2 -> {
                h.put("useRawManifest", true);
                h.put("execContainer", map("image", "busybox:1.36"));
            }
            default -> {
                h.put("useRawManifest", true);
                h.put("manifest", "[Unit]\nDescription=raw\n");
                h.put(r.pick("before", "requires"), List.of("kubelet.service"));
            }
        }
        return h;
    }

    /** One or two file assets, valid or without a name or content. */
    private void fileAssets() {
        List<Object> assets = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            Map<String, Object> f = map("name", "asset-" + i, "path", "/etc/podnet/asset-" + i, "content", "hello");
            if (r.nextDouble() >= VALID_SHARE) f.put(r.pick("name", "content"), "");
            if (r.nextDouble() < 0.2) f.put("isBase64", r.bool());
            assets.add(f);
        }
        c.spec.put("fileAssets", assets);
        drawn.add("fileAssets");
    }

    /** The rolling update's unavailable and surge counts: integers, percentages, negative, malformed, both zero. */
    private void rollingUpdate() {
        Map<String, Object> u = block("rollingUpdate");
        if (r.nextDouble() < 0.7) u.put("maxUnavailable", r.mixed(VALID_SHARE, a(0, 1, "25%", "0%", "100%"), a(-1, "-10%", "abc", "10 %")));
        if (r.nextDouble() < 0.6) u.put("maxSurge", r.mixed(VALID_SHARE, a(1, 3, "10%", 0), a(-2, "-5%", "1.5")));
        if (r.nextDouble() < 0.2) u.put("drainAndTerminate", r.bool());
        drawn.add("rollingUpdate");
    }

    /** The warm pool's sizes: in order, equal, reversed, negative. */
    private void warmPool() {
        int[] sizes = (int[]) r.mixed(VALID_SHARE, new int[][] {{0, 2}, {1, 1}, {0, 0}}, new int[][] {{3, 1}, {-1, 2}, {0, -1}});
        Map<String, Object> w = block("warmPool");
        if (sizes[0] != 0 || r.nextBoolean()) w.put("minSize", sizes[0]);
        w.put("maxSize", sizes[1]);
        if (r.nextDouble() < 0.3) w.put("enableLifecycleHook", r.bool());
        drawn.add("warmPool");
    }

    /**
     * An addon with prerequisites (Karpenter, the snapshot controller, the AWS Load Balancer Controller), mostly with
     * cert manager and the EBS CSI driver enabled beside it.
     */
    private void prerequisiteAddons() {
        String addon = r.pick("karpenter", "snapshotController", "awsLoadBalancerController");
        block(addon).put("enabled", r.nextDouble() < 0.9);
        if (r.nextDouble() < VALID_SHARE) block("certManager").put("enabled", true);
        if (r.nextDouble() < 0.5) block("cloudConfig").put("awsEBSCSIDriver", map("enabled", r.nextDouble() < VALID_SHARE));
        if (addon.equals("karpenter") && r.nextBoolean()) block("iam").put("useServiceAccountExternalPermissions", true);
        drawn.add(addon);
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
