package dev.podnet.providers.cluster;

import dev.podnet.api.Cloud;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of {@code dev/podnet/providers/cluster/create.yaml} ({@code kops create cluster}) read once
 * through the facts loader into typed rows; a bad row fails at load with the file, the row and the reason.
 */
record CreateFacts(
        ReleaseFacts<String> defaultNetworking,
        List<NetworkingName> names,
        ReleaseFacts<DnsTypeRule> dnsType,
        ReleaseFacts<Boolean> topologyMastersNodes,
        ReleaseFacts<Ipv6> ipv6,
        Map<String, SubnetLayout> subnetLayout,
        ReleaseFacts<Boolean> calicoBpfDisablesKubeProxy,
        List<String> etcdClusters,
        Map<String, Object> iam) {

    static final String RESOURCE = "dev/podnet/providers/cluster/create.yaml";

    /** The facts as shipped with podnet, read once. */
    static final CreateFacts SHIPPED = read(FactDocument.load(CreateFacts.class.getClassLoader(), RESOURCE).root());

    /** One {@code --networking} name: the provider it selects, the releases that accept it, settings and effects. */
    record NetworkingName(String name, ProviderKind kind, VersionRange releases, Map<String, Object> settings, List<Effect> effects) {
        static NetworkingName read(FactNode n) {
            String key = n.text("key");
            ProviderKind kind = ProviderKind.byKey(key).orElseThrow(() -> n.get("key").fail("unknown provider " + key));
            Map<String, Object> settings = n.has("settings") ? n.get("settings").plainMapping() : Map.of();
            return new NetworkingName(n.text("name"), kind, rangeOf(n), settings, n.rows("effects", Effect::read));
        }
    }

    /** What a create-time effect does. */
    enum EffectKind { KUBE_PROXY_DISABLED, SET, SET_ON_CLOUD, ETCD_CLUSTER }

    /**
     * One side effect of a networking name, for the releases and (when set) the Kubernetes versions it
     * names: disable kube-proxy, set provider values (on one cloud), or add an etcd cluster.
     */
    record Effect(EffectKind kind, VersionRange releases, Optional<VersionRange> kubernetes, Map<String, Object> values,
            Optional<Cloud> cloud, Optional<String> etcdName) {
        static Effect read(FactNode n) {
            String what = n.text("effect");
            EffectKind kind = switch (what) {
                case "kubeProxyDisabled" -> EffectKind.KUBE_PROXY_DISABLED;
                case "set" -> EffectKind.SET;
                case "setOnCloud" -> EffectKind.SET_ON_CLOUD;
                case "etcdCluster" -> EffectKind.ETCD_CLUSTER;
                default -> throw n.fail("unknown create effect " + what);
            };
            Optional<VersionRange> k8s = n.has("kubernetes") ? Optional.of(n.rangeText("kubernetes")) : Optional.empty();
            boolean sets = kind == EffectKind.SET || kind == EffectKind.SET_ON_CLOUD;
            Map<String, Object> values = sets ? n.get("values").plainMapping() : Map.of();
            Optional<Cloud> cloud = n.optionalText("cloud").map(Cloud::of);
            if ((kind == EffectKind.SET_ON_CLOUD) != cloud.isPresent()) throw n.fail("cloud is required with setOnCloud, and only then");
            Optional<String> etcd = n.optionalText("name");
            if ((kind == EffectKind.ETCD_CLUSTER) != etcd.isPresent()) throw n.fail("name is required with etcdCluster, and only then");
            return new Effect(kind, rangeOf(n), k8s, values, cloud, etcd);
        }
    }

    /** How topology.dns.type is chosen without {@code --dns}: the first of {@code order} that applies, else the default. */
    record DnsTypeRule(String defaultType, Optional<String> gossip, Map<String, String> byCloud, List<String> order) {
        static DnsTypeRule read(FactNode n) {
            Map<String, String> byCloud = new LinkedHashMap<>();
            FactNode clouds = n.get("cloud");
            for (String cloud : clouds.keys()) byCloud.put(cloud, clouds.text(cloud));
            List<String> order = n.has("order") ? n.texts("order") : List.of("gossip");
            for (String o : order) if (!o.equals("gossip") && !o.equals("cloud")) throw n.get("order").fail("gossip or cloud expected: " + o);
            return new DnsTypeRule(n.text("default"), n.optionalText("gossip"), Map.copyOf(byCloud), order);
        }
    }

    /** What {@code --ipv6} does at a release. */
    record Ipv6(Optional<String> nonMasqueradeCidr, boolean cloudControllerManager, int firstSubnet, String defaultTopology, boolean dualStack) {
        static Ipv6 read(FactNode n) {
            return new Ipv6(n.optionalText("nonMasqueradeCIDR"), n.bool("cloudControllerManager"), n.integer("firstSubnet"),
                    n.text("defaultTopology"), n.bool("dualStack"));
        }
    }

    /** Subnets made from the zones: one per zone named by it, one per region named by it (GCE), one per region named by the cluster (Azure). */
    enum SubnetLayout {
        ZONE, REGION, CLUSTER;

        static SubnetLayout read(FactNode n) {
            return switch (n.text()) {
                case "zone" -> ZONE;
                case "region" -> REGION;
                case "cluster" -> CLUSTER;
                default -> throw n.fail("zone, region or cluster expected");
            };
        }
    }

    /** The networking names the release accepts, in table order. */
    List<NetworkingName> namesAt(KopsVersion release) {
        return names.stream().filter(n -> n.releases().contains(release)).toList();
    }

    SubnetLayout layout(Cloud cloud) {
        return subnetLayout.getOrDefault(cloud.id(), subnetLayout.get("default"));
    }

    static CreateFacts read(FactNode root) {
        Map<String, SubnetLayout> layout = new LinkedHashMap<>();
        FactNode layouts = root.get("subnetLayout");
        for (String cloud : layouts.keys()) layout.put(cloud, SubnetLayout.read(layouts.get(cloud)));
        if (!layout.containsKey("default")) throw layouts.fail("a default layout is required");
        return new CreateFacts(
                root.byRelease("defaultNetworking", FactNode::text),
                root.rows("names", NetworkingName::read),
                root.byRelease("dnsType", DnsTypeRule::read),
                root.byRelease("topologyMastersNodes", FactNode::bool),
                root.byRelease("ipv6", Ipv6::read),
                Map.copyOf(layout),
                root.byRelease("calicoBpfDisablesKubeProxy", FactNode::bool),
                root.texts("etcdClusters"),
                root.get("iam").plainMapping());
    }

    private static VersionRange rangeOf(FactNode n) {
        return n.has("releases") ? n.rangeText("releases") : VersionRange.all();
    }
}
