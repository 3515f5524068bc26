package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The extra draws of the wide profile ({@link SpecGenerator#WIDE}), which explores what the narrow profile
 * leaves out: every Kubernetes minor a release accepts with many patch versions, dense provider blocks
 * (many fields at once) and the fields the narrow profile never sets, Isolated and extra subnets, an
 * existing VPC, partial component blocks with several fields, the fields {@code kops create cluster}
 * writes, {@code cni: {}} beside a provider. Every draw here happens only for wide cases, so narrow cases
 * keep their documents for a given seed.
 */
final class WideDraws {
    private final GeneratedCase c;
    private final Draws r;
    private double boost = 1;

    WideDraws(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
    }

    /** Any minor from the oldest the release accepts to the release's own (uniform), any of many patch versions. */
    String kubernetesVersion() {
        int oldest = c.oldest();
        int k = oldest + r.nextInt(c.m - oldest + 1);
        int newest = c.newestFor();
        if (k > newest && newest >= oldest && r.nextDouble() < 0.7) k = oldest + r.nextInt(newest - oldest + 1);
        c.k8sMinor = k;
        String v = "1." + k + "." + r.pick(0, 1, 3, 4, 7, 10, 12, 15, 21);
        return r.nextDouble() < 0.3 ? "v" + v : v;
    }

    /** Chance factor of the provider's optional fields: a third of the cases set many fields at once. */
    double boost() {
        boost = r.nextDouble() < 0.35 ? 4 : 1;
        return boost;
    }

    /** The provider fields the narrow profile never draws. */
    void providerExtras(Map<String, Object> p) {
        switch (c.provider) {
            case "calico" -> {
                maybe(p, 0.08, "registry", () -> "quay.io");
                if (c.m >= 30) maybe(p, 0.1, "nftablesMode", () -> r.pick("Disabled", "Enabled", "Auto"));
            }
            case "canal" -> maybe(p, 0.15, "flanneldIptablesForwardRules", r::bool);
            case "amazonvpc" -> {
                maybe(p, 0.08, "image", () -> "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3");
                maybe(p, 0.08, "initImage", () -> "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni-init:v1.18.3");
            }
            case "cilium", "cilium-eni" -> cilium(p);
            case "kindnet" -> maybe(p, 0.05, "logLevel", () -> 1);
            case "flannel" -> maybe(p, 0.1, "iptablesResyncSeconds", () -> r.pick(1, 3600));
            default -> { }
        }
    }

    private void cilium(Map<String, Object> p) {
        maybe(p, 0.06, "agentLabels", () -> List.of("k8s:env=prod"));
        maybe(p, 0.06, "metrics", () -> List.of("+cilium_bpf_map_pressure"));
        maybe(p, 0.05, "etcdManaged", r::bool);
        maybe(p, 0.06, "enableHostFirewall", r::bool);
        maybe(p, 0.05, "agentPodAnnotations", () -> map("example.com/a", "b"));
        maybe(p, 0.05, "operatorPodAnnotations", () -> map("example.com/a", "b"));
        maybe(p, 0.05, "cniBinPath", () -> r.pick("", "/opt/cni/bin"));
        maybe(p, 0.05, "installIptablesRules", r::bool);
        if (p.get("hubble") instanceof Map<?, ?> h && r.nextDouble() < 0.5) {
            @SuppressWarnings("unchecked")
            Map<String, Object> hubble = (Map<String, Object>) h;
            hubble.put("metrics", List.of("dns", "drop", "tcp", "flow", "icmp", "http"));
        }
        if (p.get("ingress") instanceof Map<?, ?> in && r.nextDouble() < 0.3) {
            @SuppressWarnings("unchecked")
            Map<String, Object> ingress = (Map<String, Object>) in;
            ingress.put("loadBalancerAnnotationPrefixes", "service.beta.kubernetes.io");
        }
        if (p.get("gatewayAPI") instanceof Map<?, ?> g && r.nextDouble() < 0.5) {
            @SuppressWarnings("unchecked")
            Map<String, Object> gw = (Map<String, Object>) g;
            gw.put("enableSecretsSync", r.nextBoolean());
        }
    }

    /** More subnets: an Isolated one (kops 1.28+), a second Public subnet in a zone, or subnets of an existing VPC. */
    void subnets(String networkCidr) {
        if (c.gce) return;
        double x = r.nextDouble();
        String zone = "us-test-1" + r.pick('a', 'b', 'c');
        boolean cidrs = c.subnets.stream().anyMatch(s -> s.containsKey("cidr"));
        String prefix = networkCidr == null ? "172.20." : networkCidr.substring(0, networkCidr.indexOf(".0.0/"));
        if (x < 0.12 && c.m >= 28 && !c.stack.equals("ipv6")) {
            Map<String, Object> s = new LinkedHashMap<>();
            if (cidrs) s.put("cidr", prefix + ".224.0/19");
            s.put("name", "isolated-" + zone);
            s.put("type", "Isolated");
            s.put("zone", zone);
            c.subnets.add(s);
        } else if (x < 0.22 && c.stack.equals("ipv4")) {
            Map<String, Object> s = new LinkedHashMap<>();
            if (cidrs) s.put("cidr", prefix + ".192.0/19");
            s.put("name", "extra-" + zone);
            s.put("type", "Public");
            s.put("zone", zone);
            c.subnets.add(s);
        } else if (x < 0.3 && networkCidr != null && c.stack.equals("ipv4")) {
            c.spec.put("networkID", "vpc-12345678");
            int i = 0;
            for (Map<String, Object> s : c.subnets) if (r.nextBoolean()) s.put("id", "subnet-" + (10_000_000 + i++));
        }
    }

    /** Component blocks with several fields, kube-dns, the fields kops create cluster writes, cni beside a provider. */
    void finish() {
        if (r.nextDouble() < 0.35) components();
        if (r.nextDouble() < 0.45) createClusterFields();
        if (r.nextDouble() < 0.05 && !c.providerKey.equals("cni")) c.networking.put("cni", new LinkedHashMap<>());
    }

    private void components() {
        Map<String, Object> kubelet = block("kubelet");
        if (r.nextBoolean()) kubelet.put("anonymousAuth", false);
        if (r.nextDouble() < 0.3) kubelet.put("authenticationTokenWebhook", true);
        if (r.nextDouble() < 0.3) kubelet.put("authorizationMode", "Webhook");
        if (r.nextDouble() < 0.2) kubelet.put("maxPods", r.pick(110, 250));
        if (r.nextDouble() < 0.15) kubelet.put("cpuCFSQuota", false);
        if (r.nextDouble() < 0.15 && c.k8sMinor < 24) kubelet.put("networkPluginName", r.pick("cni", "kubenet"));
        if (r.nextDouble() < 0.15 && c.spec.containsKey("serviceClusterIPRange") == false) kubelet.put("clusterDNS", "100.64.0.10");
        if (kubelet.isEmpty()) c.spec.remove("kubelet");
        if (r.nextDouble() < 0.3) {
            Map<String, Object> api = block("kubeAPIServer");
            if (r.nextBoolean()) api.put("cpuRequest", r.pick("150m", "500m", "1"));
            else api.put("memoryRequest", r.pick("512Mi", "1Gi"));
            if (r.nextBoolean()) api.put("featureGates", map("InPlacePodVerticalScaling", "true"));
            if (r.nextBoolean()) api.put("logLevel", r.pick(1, 2));
        }
        if (r.nextDouble() < 0.3) {
            Map<String, Object> kcm = block("kubeControllerManager");
            if (r.nextBoolean()) kcm.put("logLevel", r.pick(1, 2));
            else kcm.put("nodeMonitorGracePeriod", "40s");
            if (r.nextBoolean()) kcm.put("horizontalPodAutoscalerSyncPeriod", "30s");
            if (r.nextDouble() < 0.2) kcm.put("nodeCIDRMaskSize", r.pick(24, 26));
        }
        if (r.nextDouble() < 0.3 && !c.spec.containsKey("kubeProxy")) {
            Map<String, Object> kp = block("kubeProxy");
            switch (r.nextInt(3)) {
                case 0 -> kp.put("metricsBindAddress", "0.0.0.0");
                case 1 -> kp.put("cpuRequest", "100m");
                default -> kp.put("logLevel", 2);
            }
            if (r.nextBoolean()) kp.put("proxyMode", r.pick("iptables", "ipvs", "nftables"));
        }
        if (r.nextDouble() < 0.25) {
            Map<String, Object> dns = map("provider", r.pick("CoreDNS", "KubeDNS"));
            if (r.nextBoolean()) dns.put("nodeLocalDNS", map("enabled", true));
            c.spec.put("kubeDNS", dns);
        }
    }

    /** What {@code kops create cluster} writes besides networking (as its create_cluster tests show). */
    private void createClusterFields() {
        Map<String, Object> s = c.spec;
        s.put("api", r.nextBoolean() ? map("dns", new LinkedHashMap<>())
                : c.m >= 24 && !c.gce ? map("loadBalancer", map("class", "Network", "type", "Public")) : map("loadBalancer", map("type", "Public")));
        s.put("authorization", map("rbac", new LinkedHashMap<>()));
        s.put("channel", "stable");
        s.put("iam", map("allowContainerRegistry", true, "legacy", false));
        boolean v6 = c.m >= 24 && r.nextBoolean();
        s.put("kubernetesApiAccess", v6 ? List.of("0.0.0.0/0", "::/0") : List.of("0.0.0.0/0"));
        s.put("sshAccess", v6 ? List.of("0.0.0.0/0", "::/0") : List.of("0.0.0.0/0"));
        if (c.m <= 22) s.put("masterPublicName", "api.minimal.example.com");
        if (c.m >= 21 && r.nextBoolean()) s.put("containerRuntime", "containerd");
        s.putIfAbsent("kubelet", map("anonymousAuth", false));
        if (!s.containsKey("topology")) {
            s.put("topology", map("dns", map("type", c.m >= 28 && r.nextBoolean() ? "None" : "Public"), "masters", "public", "nodes", "public"));
        }
        if (r.nextDouble() < 0.3) s.put("cloudLabels", map("team", "net"));
        if (r.nextDouble() < 0.2) s.put("kubeScheduler", new LinkedHashMap<>());
        // without cert manager kops wants the insecure metrics server
        if (r.nextDouble() < 0.2 && c.m >= 22) s.put("metricsServer", map("enabled", true, "insecure", true));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> block(String key) {
        return (Map<String, Object>) c.spec.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    private void maybe(Map<String, Object> p, double chance, String key, Supplier<Object> value) {
        if (r.nextDouble() < chance * boost) p.put(key, value.get());
    }

    /** Buckets the wide profile adds to {@link SpecGenerator#providers}: providers at releases that deprecate or removed them. */
    static List<String> extraProviders(int m) {
        List<String> p = new ArrayList<>();
        if (m > 33) p.add("canal");
        if (m > 24) p.add("weave");
        if (m > 22) p.add("lyftvpc");
        if (m <= 21) p.add("romana");
        p.add("classic");
        return p;
    }
}
