package dev.podnet.providers.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.Topology;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.providers.internal.Data;
import dev.podnet.providers.internal.FieldRules;
import dev.podnet.providers.internal.ProviderMaps;
import dev.podnet.api.internal.ReleaseTable;

/**
 * What {@code kops create cluster} writes (networking part): the provider for {@code --networking NAME}
 * with its create-time settings and side effects (kube-proxy, the cilium etcd cluster), the subnets made from
 * the zones and the topology (private: private + utility subnets, dualstack with IPv6), DNS type, bastion,
 * network CIDRs, the IPv6 forms, then kops' {@code PerformAssignments} (network CIDR, non-masquerade range,
 * subnet CIDRs). Facts by release come from {@code dev/podnet/providers/cluster/create.yaml}.
 */
public final class CreateCluster {
    private static final Map<String, Object> TABLE = Data.load("dev/podnet/providers/cluster/create.yaml");
    private static final ReleaseTable<Object> DEFAULT_NAME = ReleaseTable.of((Map<?, ?>) TABLE.get("defaultNetworking"), v -> v);
    private static final List<Map<String, Object>> NAMES = Data.rows(TABLE, "names");
    private static final ReleaseTable<Object> DNS_TYPE = ReleaseTable.of((Map<?, ?>) TABLE.get("dnsType"), v -> v);
    private static final ReleaseTable<Object> MASTERS_NODES = ReleaseTable.of((Map<?, ?>) TABLE.get("topologyMastersNodes"), v -> v);
    private static final ReleaseTable<Object> IPV6 = ReleaseTable.of((Map<?, ?>) TABLE.get("ipv6"), v -> v);
    private static final ReleaseTable<Object> BPF_NO_KUBE_PROXY = ReleaseTable.of((Map<?, ?>) TABLE.get("calicoBpfDisablesKubeProxy"), v -> v);
    @SuppressWarnings("unchecked")
    private static final Map<String, Object> SUBNET_LAYOUT = (Map<String, Object>) TABLE.get("subnetLayout");

    private CreateCluster() {
    }

    /** The {@code --networking} value the release uses when none is given. */
    public static String defaultNetworking(KopsVersion release) {
        return String.valueOf(DEFAULT_NAME.at(release).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    public static Cluster create(CreateOptions o, KopsVersion release) {
        String name = o.networking().filter(s -> !s.isEmpty()).orElse(defaultNetworking(release));
        Map<String, Object> row = null;
        for (Map<String, Object> r : NAMES) {
            if (r.get("name").equals(name) && VersionRange.parse(String.valueOf(r.getOrDefault("releases", "*"))).contains(release)) {
                row = r;
                break;
            }
        }
        if (row == null) throw new IllegalArgumentException("unknown networking mode \"" + name + "\"");
        Map<String, Object> ipv6 = null;
        if (o.ipv6()) {
            ipv6 = (Map<String, Object>) IPV6.at(release).orElseThrow(() -> new IllegalArgumentException("unknown flag: --ipv6"));
        }
        String topology = o.requestedTopology().filter(t -> !t.isEmpty())
                .orElse(o.topology().equals("private") ? "private" : ipv6 != null ? String.valueOf(ipv6.get("defaultTopology")) : "public");
        if (!topology.equals("public") && !topology.equals("private")) {
            throw new IllegalArgumentException("invalid topology " + topology + ".");
        }
        if (name.equals("kubenet") && topology.equals("private")) {
            throw new IllegalArgumentException("invalid networking option " + name + ". Kubenet does not support private topology");
        }
        if (o.bastion() && !topology.equals("private")) {
            throw new IllegalArgumentException("bastion supports --topology='private' only.");
        }
        ProviderKind kind = ProviderKind.byKey(String.valueOf(row.get("key"))).orElseThrow();
        Map<String, Object> settings = row.get("settings") == null ? new LinkedHashMap<>()
                : ProviderMaps.deepCopy((Map<String, Object>) row.get("settings"));
        Cluster.Builder b = Cluster.builder().name(o.name()).cloudProvider(CloudProvider.of(o.cloud()));
        o.kubernetesVersion().ifPresent(b::kubernetesVersion);
        for (Object etcd : (List<Object>) TABLE.getOrDefault("etcdClusters", List.of())) b.addEtcdClusters(EtcdCluster.named(String.valueOf(etcd)));
        Boolean kubeProxyEnabled = null;
        for (Map<String, Object> effect : (List<Map<String, Object>>) row.getOrDefault("effects", List.of())) {
            if (!VersionRange.parse(String.valueOf(effect.getOrDefault("releases", "*"))).contains(release)) continue;
            Object k8s = effect.get("kubernetes");
            if (k8s != null && o.kubernetesVersion().isPresent()) {
                try {
                    if (!VersionRange.parse(String.valueOf(k8s)).contains(KubernetesVersion.of(o.kubernetesVersion().get()))) continue;
                } catch (RuntimeException e) {
                    continue; // kops only logs an unparsable version
                }
            }
            String what = String.valueOf(effect.get("effect"));
            switch (what) {
                case "kubeProxyDisabled" -> kubeProxyEnabled = false;
                case "set" -> settings.putAll(ProviderMaps.deepCopy((Map<String, Object>) effect.get("values")));
                case "setOnCloud" -> {
                    if (o.cloud().equals(Cloud.of(String.valueOf(effect.get("cloud"))))) {
                        settings.putAll(ProviderMaps.deepCopy((Map<String, Object>) effect.get("values")));
                    }
                }
                case "etcdCluster" -> b.addEtcdClusters(EtcdCluster.named(String.valueOf(effect.get("name"))));
                default -> throw new IllegalStateException("unknown create effect " + what);
            }
        }
        // --set: the networking provider's fields and kube-proxy's enabled flag; other paths are not networking.
        for (String set : o.sets()) {
            int eq = set.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("missing value in --set \"" + set + "\"");
            String path = set.substring(0, eq).trim();
            if (path.startsWith("cluster.")) path = path.substring("cluster.".length());
            Object value = scalar(set.substring(eq + 1));
            String providerPrefix = "spec.networking." + kind.key() + ".";
            if (path.startsWith(providerPrefix)) {
                FieldRules.put(settings, path.substring(providerPrefix.length()), value);
            } else if (path.equals("spec.kubeProxy.enabled")) {
                kubeProxyEnabled = Boolean.valueOf(String.valueOf(value));
            }
        }
        if (kind == ProviderKind.CALICO && Boolean.TRUE.equals(settings.get("bpfEnabled")) && kubeProxyEnabled == null
                && Boolean.TRUE.equals(BPF_NO_KUBE_PROXY.at(release).orElse(false))) {
            kubeProxyEnabled = false;
        }

        Networking.Builder nb = Networking.builder().provider(ProviderMaps.fromMap(kind, settings));
        if (!o.networkCIDRs().isEmpty()) {
            nb.networkCIDR(o.networkCIDRs().get(0));
            nb.additionalNetworkCIDRs(o.networkCIDRs().subList(1, o.networkCIDRs().size()));
        }
        o.networkID().ifPresent(nb::networkID);
        nb.subnets(subnets(o, release, topology, ipv6));
        nb.topology(topology(o, release, topology));
        if (ipv6 != null && ipv6.get("nonMasqueradeCIDR") != null) nb.nonMasqueradeCIDR(String.valueOf(ipv6.get("nonMasqueradeCIDR")));
        b.networking(nb.build());
        if (ipv6 != null && Boolean.TRUE.equals(ipv6.get("cloudControllerManager"))) b.putExtraSpec("cloudControllerManager", new LinkedHashMap<>());
        if (kubeProxyEnabled != null) b.kubeProxy(KubeProxy.builder().enabled(kubeProxyEnabled).build());
        // kops create cluster then runs PerformAssignments: network CIDR, non-masquerade range, subnet CIDRs.
        return ClusterDefaults.performAssignments(b.build(), release, applied -> { });
    }

    private static Object scalar(String v) {
        String t = v.trim();
        if (t.equals("true") || t.equals("false")) return Boolean.valueOf(t);
        if (t.matches("-?[0-9]{1,9}")) return Integer.valueOf(t);
        return t;
    }

    @SuppressWarnings("unchecked")
    private static Topology topology(CreateOptions o, KopsVersion release, String topology) {
        Topology.Builder t = Topology.builder();
        if (Boolean.TRUE.equals(MASTERS_NODES.at(release).orElse(false))) t.masters(topology).nodes(topology);
        String dns;
        if (o.dnsType().filter(d -> !d.isEmpty()).isPresent()) {
            dns = switch (o.dnsType().get().toLowerCase(java.util.Locale.ROOT)) {
                case "public" -> "Public";
                case "private" -> "Private";
                case "none" -> "None";
                default -> throw new IllegalArgumentException("unknown DNSType: \"" + o.dnsType().get() + "\"");
            };
        } else {
            Map<String, Object> d = (Map<String, Object>) DNS_TYPE.at(release).orElseThrow();
            boolean gossip = o.name().endsWith(".k8s.local");
            Map<String, Object> byCloud = (Map<String, Object>) d.getOrDefault("cloud", Map.of());
            Object chosen = null;
            for (Object what : (List<Object>) d.getOrDefault("order", List.of("gossip"))) {
                if (what.equals("gossip") && gossip && d.get("gossip") != null) chosen = d.get("gossip");
                if (what.equals("cloud") && byCloud.containsKey(o.cloud().id())) chosen = byCloud.get(o.cloud().id());
                if (chosen != null) break;
            }
            dns = String.valueOf(chosen != null ? chosen : d.get("default"));
        }
        t.dnsType(dns);
        if (o.bastion() && !dns.equals("None")) t.bastion(new LinkedHashMap<>(Map.of("bastionPublicName", "bastion." + o.name())));
        return t.build();
    }

    private static List<Subnet> subnets(CreateOptions o, KopsVersion release, String topology, Map<String, Object> ipv6) {
        java.util.TreeSet<String> zones = new java.util.TreeSet<>(o.zones());
        zones.addAll(o.controlPlaneZones());
        if (zones.isEmpty()) throw new IllegalArgumentException("must specify at least one zone for the cluster (use --zones)");
        String layout = String.valueOf(SUBNET_LAYOUT.getOrDefault(o.cloud().id(), SUBNET_LAYOUT.get("default")));
        List<Subnet> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int z = 0;
        for (String zone : zones) {
            Subnet.Builder s = Subnet.builder().type("Public");
            switch (layout) {
                case "region" -> {
                    String region = zone.substring(0, Math.max(0, zone.lastIndexOf('-')));
                    if (seen.contains(region)) continue;
                    seen.add(region);
                    s.name(region).region(region);
                }
                case "cluster" -> {
                    String region = zone.substring(0, Math.max(0, zone.lastIndexOf('-')));
                    if (seen.contains(region)) continue;
                    seen.add(region);
                    s.name(o.name()).region(region);
                }
                default -> {
                    s.name(zone).zone(zone);
                    if (z < o.subnetIDs().size()) s.id(o.subnetIDs().get(z));
                }
            }
            z++;
            out.add(s.build());
        }
        if (layout.equals("zone")) {
            List<String> zl = new ArrayList<>(zones);
            for (int i = 1; i < o.networkCIDRs().size(); i++) {
                String zone = zl.get((i - 1) % zl.size());
                out.add(Subnet.builder().name(zone + "-" + i).zone(zone).type("Public").cidr(o.networkCIDRs().get(i)).build());
            }
        }
        if (topology.equals("private")) {
            List<Subnet> priv = new ArrayList<>();
            for (Subnet s : out) {
                Subnet.Builder p = s.toBuilder().type("Private");
                o.egress().ifPresent(p::egress);
                priv.add(p.build());
            }
            List<Subnet> all = new ArrayList<>(priv);
            if (ipv6 != null && Boolean.TRUE.equals(ipv6.get("dualStack"))) {
                for (Subnet s : priv) {
                    Subnet.Builder d = Subnet.builder().name("dualstack-" + s.name().orElse("")).type("DualStack");
                    s.zone().ifPresent(d::zone);
                    s.region().ifPresent(d::region);
                    all.add(d.build());
                }
            }
            int u = 0;
            for (Subnet s : priv) {
                Subnet.Builder d = Subnet.builder().name("utility-" + s.name().orElse("")).type("Utility");
                s.zone().ifPresent(d::zone);
                s.region().ifPresent(d::region);
                if (u < o.utilitySubnetIDs().size()) d.id(o.utilitySubnetIDs().get(u));
                u++;
                all.add(d.build());
            }
            out = all;
        }
        if (ipv6 != null && o.cloud().equals(Cloud.AWS)) {
            int first = ((Number) ipv6.get("firstSubnet")).intValue();
            for (int i = 0; i < out.size(); i++) out.set(i, out.get(i).toBuilder().ipv6CIDR("/64#" + Integer.toHexString(i + first)).build());
        }
        return out;
    }

    /** Every {@code --networking} name the release accepts. */
    public static List<String> acceptedNames(KopsVersion release) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : NAMES) {
            if (VersionRange.parse(String.valueOf(r.getOrDefault("releases", "*"))).contains(release)) out.add(String.valueOf(r.get("name")));
        }
        return out;
    }
}
