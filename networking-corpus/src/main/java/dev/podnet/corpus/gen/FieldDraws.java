package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.a;
import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extra draws of the fields profile ({@link SpecGenerator#FIELDS}): on a cluster-profile document, the Cluster fields
 * podnet reads that the other profiles leave alone or set one way only, each with values kops accepts and values it
 * refuses: kube-dns (provider, server IP, NodeLocal DNS, stub domains, upstream nameservers) with the kubelets'
 * {@code clusterDNS} and kube-proxy's mode, the node termination handler, authentication, sysctl parameters, the cluster
 * autoscaler, the node problem detector, the gossip configs, the etcd clusters' member, manager and backup fields,
 * containerd, node authorization, external policies and the cloud config. Every draw here happens after the cluster
 * profile's, and only for fields cases, so the other profiles keep their documents for a given seed.
 */
final class FieldDraws {
    /** Each group's chance; a case with none gets one group drawn at random. */
    private static final double GROUP_CHANCE = 0.15;
    /** Share of values drawn from what kops accepts (the rest from what some release refuses). */
    private static final double VALID_SHARE = 0.75;

    private final GeneratedCase c;
    private final Draws r;
    private final List<String> drawn = new ArrayList<>();

    FieldDraws(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
    }

    /** Draws the groups; returns their names, in the order drawn. */
    List<String> draw() {
        List<Runnable> groups = List.of(this::kubeDns, this::nodeTerminationHandler, this::authentication, this::sysctlParameters,
                this::clusterAutoscaler, this::nodeProblemDetector, this::gossip, this::etcd, this::containerd,
                this::nodeAuthorization, this::externalPolicies, this::cloudConfig);
        for (Runnable g : groups) if (r.nextDouble() < GROUP_CHANCE) g.run();
        if (drawn.isEmpty()) groups.get(r.nextInt(groups.size())).run();
        return drawn;
    }

    /**
     * kube-dns and what kops compares with it: provider, server IP (the default service range's 10th address, another
     * address in it, one outside it, not an address), NodeLocal DNS (enabled or not, its local IP), stub domains, upstream
     * nameservers, the kubelets' clusterDNS and kube-proxy's mode.
     */
    private void kubeDns() {
        Map<String, Object> dns = c.specMapping("kubeDNS");
        if (r.nextDouble() < 0.7) dns.put("provider", r.mixed(VALID_SHARE, a("CoreDNS", "CoreDNS", "KubeDNS"), a("", "coredns", "bogus")));
        if (r.nextDouble() < 0.4) dns.put("serverIP", r.mixed(VALID_SHARE, a("100.64.0.10", "100.64.0.53"), a("10.0.0.10", "abc")));
        if (r.nextDouble() < 0.6) {
            Map<String, Object> local = new LinkedHashMap<>();
            if (r.nextDouble() < 0.85) local.put("enabled", r.nextDouble() < 0.7);
            if (r.nextDouble() < 0.3) local.put("localIP", r.mixed(VALID_SHARE, a("169.254.20.10", "169.254.20.11"), a("bogus", "")));
            if (r.nextDouble() < 0.2) local.put("forwardToKubeDNS", r.bool());
            if (r.nextDouble() < 0.2) local.put("cpuRequest", r.mixed(VALID_SHARE, a("25m", "50m"), a("-1", "abc")));
            dns.put("nodeLocalDNS", local);
        }
        if (r.nextDouble() < 0.2) {
            dns.put("stubDomains", r.mixed(VALID_SHARE, a(map("example.local", List.of("10.0.0.53")), map("a.local", List.of("10.0.0.53", "10.0.0.54"))),
                    a(map("a.local", List.of()), map("a.local", List.of("x")))));
        }
        if (r.nextDouble() < 0.2) dns.put("upstreamNameservers", r.mixed(VALID_SHARE, a(List.of("8.8.8.8"), List.of("1.1.1.1", "8.8.4.4")), a(List.of("x"))));
        if (r.nextDouble() < 0.35) {
            String key = r.nextDouble() < 0.7 ? "kubelet" : "masterKubelet";
            c.specMapping(key).put("clusterDNS", r.mixed(VALID_SHARE, a("100.64.0.10", "169.254.20.10", "169.254.20.11"), a("100.64.0.53", "10.0.0.10", "")));
        }
        if (r.nextDouble() < 0.25) c.specMapping("kubeProxy").put("proxyMode", r.pick("ipvs", "iptables"));
        drawn.add("kubeDNS");
    }

    /** The AWS node termination handler's switches (a GCE cluster refuses the block). */
    private void nodeTerminationHandler() {
        Map<String, Object> h = new LinkedHashMap<>();
        for (String k : List.of("enabled", "enableSQSTerminationDraining", "enableSpotInterruptionDraining",
                "enableScheduledEventDraining", "enableRebalanceMonitoring", "enableRebalanceDraining")) {
            if (r.nextDouble() < 0.4) h.put(k, r.bool());
        }
        if (r.nextDouble() < 0.15) h.put("managedASGTag", r.pick("aws-node-termination-handler/managed", "foo"));
        if (r.nextDouble() < 0.1) h.put("cpuRequest", r.mixed(VALID_SHARE, a("50m"), a("-1")));
        c.spec.put("nodeTerminationHandler", h);
        drawn.add("nodeTerminationHandler");
    }

    /** AWS IAM authenticator or kopeio authentication, with identity mappings and backend modes. */
    private void authentication() {
        Object auth = r.mixed(VALID_SHARE, a(map("aws", map()), map("kopeio", map()),
                        map("aws", map("backendMode", "CRD", "identityMappings",
                                List.of(map("arn", "arn:aws:iam::123456789012:role/KopsExampleRole", "username", "a"))))),
                a(map("aws", map(), "kopeio", map()), map("aws", map("backendMode", "bogus")),
                        map("aws", map("backendMode", "CRD", "identityMappings", List.of(map("arn", "bogus"))))));
        c.spec.put("authentication", auth);
        drawn.add("authentication");
    }

    private void sysctlParameters() {
        c.spec.put("sysctlParameters", r.mixed(VALID_SHARE, a(List.of("net.ipv4.ip_forward=1"), List.of("fs.inotify.max_user_watches=524288", "net.core.somaxconn=1024")),
                a(List.of("bogus"), List.of("net.core.somaxconn=1024", ""))));
        drawn.add("sysctlParameters");
    }

    private void clusterAutoscaler() {
        Map<String, Object> ca = new LinkedHashMap<>();
        if (r.nextDouble() < 0.8) ca.put("enabled", r.nextDouble() < 0.8);
        if (r.nextDouble() < 0.5) ca.put("expander", r.mixed(VALID_SHARE, a("random", "least-waste", "most-pods", "priority"), a("bogus", "")));
        if (r.nextDouble() < 0.3) ca.put("balanceSimilarNodeGroups", r.bool());
        if (r.nextDouble() < 0.3) ca.put("scaleDownUtilizationThreshold", r.mixed(VALID_SHARE, a("0.5", "0.65"), a("abc")));
        if (r.nextDouble() < 0.2) ca.put("skipNodesWithLocalStorage", r.bool());
        c.spec.put("clusterAutoscaler", ca);
        drawn.add("clusterAutoscaler");
    }

    private void nodeProblemDetector() {
        Map<String, Object> d = new LinkedHashMap<>();
        if (r.nextDouble() < 0.8) d.put("enabled", r.bool());
        if (r.nextDouble() < 0.3) d.put("memoryRequest", r.mixed(VALID_SHARE, a("80Mi"), a("abc")));
        c.spec.put("nodeProblemDetector", d);
        drawn.add("nodeProblemDetector");
    }

    /** The gossip configs of a cluster not named for gossip (kops reads them anyway). */
    private void gossip() {
        String key = r.pick("gossipConfig", "dnsControllerGossipConfig");
        Map<String, Object> g = new LinkedHashMap<>();
        if (r.nextDouble() < 0.7) g.put("protocol", r.mixed(VALID_SHARE, a("mesh", "memberlist"), a("bogus")));
        if (r.nextDouble() < 0.5) g.put("listen", r.mixed(VALID_SHARE, a("0.0.0.0:3999", "0.0.0.0:3998"), a("x")));
        if (r.nextDouble() < 0.3) g.put("secondary", map("protocol", r.pick("memberlist", "mesh"), "listen", "0.0.0.0:4000"));
        c.spec.put(key, g);
        drawn.add(key);
    }

    /** Member volumes, the etcd-manager and backups, requests and version of the first or both etcd clusters. */
    @SuppressWarnings("unchecked")
    private void etcd() {
        if (!(c.spec.get("etcdClusters") instanceof List<?> clusters)) return;
        for (Object o : clusters) {
            if (!(o instanceof Map<?, ?>) || r.nextDouble() < 0.4) continue;
            Map<String, Object> cluster = (Map<String, Object>) o;
            if (r.nextDouble() < 0.4 && cluster.get("etcdMembers") instanceof List<?> members && !members.isEmpty()
                    && members.get(0) instanceof Map<?, ?> m) {
                Map<String, Object> member = (Map<String, Object>) m;
                member.put("volumeType", r.mixed(VALID_SHARE, a("gp3", "gp2", "io1"), a("bogus")));
                if (r.nextBoolean()) member.put("volumeSize", r.mixed(VALID_SHARE, a(20, 40), a(-1)));
                if (r.nextBoolean()) member.put("volumeIOPS", r.mixed(VALID_SHARE, a(3000, 100), a(-5)));
                if (r.nextDouble() < 0.3) member.put("encryptedVolume", r.bool());
            }
            if (r.nextDouble() < 0.3) cluster.put("cpuRequest", r.mixed(VALID_SHARE, a("200m", "100m"), a("abc")));
            if (r.nextDouble() < 0.3) cluster.put("memoryRequest", r.mixed(VALID_SHARE, a("100Mi"), a("-1")));
            if (r.nextDouble() < 0.3) cluster.put("manager", map("backupRetentionDays", r.mixed(VALID_SHARE, a(7, 90), a(-1)), "logLevel", r.pick(1, 4)));
            if (r.nextDouble() < 0.2) cluster.put("backups", map("backupStore", "s3://bucket/" + cluster.get("name")));
            if (r.nextDouble() < 0.2) cluster.put("version", r.mixed(VALID_SHARE, a("3.4.13", "3.5.9"), a("bogus", "2.2.1")));
        }
        drawn.add("etcdClusters");
    }

    private void containerd() {
        Map<String, Object> d = c.specMapping("containerd");
        if (r.nextDouble() < 0.5) d.put("logLevel", r.mixed(VALID_SHARE, a("info", "debug", "warn"), a("bogus")));
        if (r.nextDouble() < 0.4) d.put("version", r.mixed(VALID_SHARE, a("1.6.20", "1.7.13", "1.4.13"), a("x", "1.2.x")));
        if (r.nextDouble() < 0.3) d.put("registryMirrors", map("docker.io", List.of("https://mirror.example.com")));
        if (r.nextDouble() < 0.2) d.put("skipInstall", r.bool());
        drawn.add("containerd");
    }

    private void nodeAuthorization() {
        // kops refuses the block whatever it holds ({} too: "must be empty" means absent) from 1.20, and at 1.19 without a
        // feature flag: drawn for where that refusal falls among the others
        c.spec.put("nodeAuthorization", r.mixed(VALID_SHARE, a(map()), a(map("nodeAuthorizer", map()), map("nodeAuthorizer", map("port", -1)))));
        drawn.add("nodeAuthorization");
    }

    private void externalPolicies() {
        c.spec.put("externalPolicies", r.mixed(VALID_SHARE, a(map("node", List.of("arn:aws:iam::123456789012:policy/a")),
                        map("master", List.of("arn:aws:iam::123456789012:policy/b"), "bastion", List.of())),
                a(map("bogus", List.of("arn:aws:iam::123456789012:policy/a")), map("node", List.of("not-an-arn")))));
        drawn.add("externalPolicies");
    }

    private void cloudConfig() {
        Map<String, Object> cc = c.specMapping("cloudConfig");
        if (r.nextDouble() < 0.5) cc.put("manageStorageClasses", r.bool());
        if (r.nextDouble() < 0.4) cc.put("awsEBSCSIDriver", map("enabled", r.bool()));
        if (r.nextDouble() < 0.3) cc.put("elbSecurityGroup", r.mixed(VALID_SHARE, a("sg-12345678"), a("")));
        if (r.nextDouble() < 0.2) cc.put("nodeIPFamilies", r.mixed(VALID_SHARE, a(List.of("ipv4"), List.of("ipv6", "ipv4")), a(List.of("bogus"))));
        drawn.add("cloudConfig");
    }
}
