package dev.podnet.providers.cluster;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.provider.ProviderKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The tables of {@code dev/podnet/providers/cluster/cluster.yaml} read once through the facts loader into
 * typed rows; a bad row fails at load with the file, the row and the reason. Immutable.
 */
record ClusterFacts(
        ReleaseFacts<Boolean> subnetIpv6CidrKnown,
        ReleaseFacts<Boolean> subnetAdditionalRoutesKnown,
        ReleaseFacts<Placement> topology,
        ReleaseFacts<String> dnsType,
        ReleaseFacts<String> mastersNodesDefault,
        ReleaseFacts<Boolean> dropTopologyMastersNodes,
        ReleaseFacts<Boolean> dropBastionLoadBalancerSecurityGroups,
        ReleaseFacts<Boolean> dropBastionIdleTimeout,
        ReleaseFacts<Boolean> kubeProxyClusterCidrKeepsEmpty,
        ReleaseFacts<Boolean> ipv6RangeSplitRefused,
        Map<String, ReleaseFacts<String>> networkCidrByCloud,
        ReleaseFacts<String> nonMasqueradeCidr,
        ReleaseFacts<List<String>> nonMasqueradeSkipProviders,
        ReleaseFacts<ServiceRange> serviceRange,
        ReleaseFacts<ServiceRange> serviceRangeIpv6,
        ReleaseFacts<Ipv6PodRange> podRangeIpv6,
        ReleaseFacts<PodRangeTarget> podRange,
        ReleaseFacts<Boolean> kcmClusterCidrOnIpv6Only,
        ReleaseFacts<Optional<ProviderKind>> impliedProvider,
        Gce gce,
        ReleaseFacts<List<String>> gceIpAliasProviders,
        ReleaseFacts<List<String>> egressProxyExcludes,
        ReleaseFacts<SubnetCidrAssignment.Row> subnetCidrs,
        Kcm kcm,
        ReleaseFacts<List<String>> etcdManagerVersions,
        ReleaseFacts<List<EtcdDefault>> etcdDefaultVersions) {

    static final String RESOURCE = "dev/podnet/providers/cluster/cluster.yaml";

    /** The facts as shipped with podnet, read once. */
    static final ClusterFacts SHIPPED = read(FactDocument.load(ClusterFacts.class.getClassLoader(), RESOURCE).root());

    /** Topology placement kops sets when a spec has no topology. */
    record Placement(Optional<String> masters, Optional<String> nodes) {
        static Placement read(FactNode n) {
            return new Placement(n.optionalText("masters"), n.optionalText("nodes"));
        }

        @Override
        public String toString() {
            Map<String, String> m = new LinkedHashMap<>();
            if (masters.isPresent()) m.put("masters", masters.get());
            if (nodes.isPresent()) m.put("nodes", nodes.get());
            return m.toString();
        }
    }

    /** How the service range is derived: a fixed value, or the non-masquerade range 3 bits longer (capped at 20 host bits). */
    enum ServiceMode { FIXED, NON_MASQ_PLUS3, NON_MASQ_PLUS3_CAPPED }

    /** One release's service-range rule; {@code value} is set exactly for {@link ServiceMode#FIXED}. */
    record ServiceRange(ServiceMode mode, String modeName, Optional<String> value) {
        static ServiceRange read(FactNode n) {
            String name = n.text("mode");
            ServiceMode mode = switch (name) {
                case "fixed" -> ServiceMode.FIXED;
                case "nonMasqPlus3" -> ServiceMode.NON_MASQ_PLUS3;
                case "nonMasqPlus3Capped" -> ServiceMode.NON_MASQ_PLUS3_CAPPED;
                default -> throw n.fail("unknown serviceClusterIPRange mode " + name);
            };
            Optional<String> value = n.optionalText("value");
            if ((mode == ServiceMode.FIXED) != value.isPresent()) throw n.fail("value is required with mode fixed, and only then");
            return new ServiceRange(mode, name, value);
        }
    }

    /** 1.22's IPv6 pod range: the second block of the non-masquerade range split at {@code minPrefix} or longer. */
    record Ipv6PodRange(int minPrefix) {
        static Ipv6PodRange read(FactNode n) {
            int p = n.integer("minPrefix");
            if (p < 1 || p > 128) throw n.fail("minPrefix must be 1..128: " + p);
            return new Ipv6PodRange(p);
        }
    }

    /** Where the IPv4 pod range goes: kubeControllerManager.clusterCIDR (1.18-1.21) or spec.podCIDR. */
    enum PodRangeTarget {
        KUBE_CONTROLLER_MANAGER, POD_CIDR;

        static PodRangeTarget read(FactNode n) {
            return switch (n.text()) {
                case "kubeControllerManager" -> KUBE_CONTROLLER_MANAGER;
                case "podCIDR" -> POD_CIDR;
                default -> throw n.fail("podRange must be kubeControllerManager or podCIDR");
            };
        }
    }

    /** Block sizes (prefix lengths) GCE allocates from its range; each optional. */
    record GceSizes(OptionalInt pod, OptionalInt service, OptionalInt node, Optional<String> nonMasqueradeCidr) {
        static GceSizes read(FactNode n) {
            return new GceSizes(prefix(n, "pod"), prefix(n, "service"), prefix(n, "node"), n.optionalText("nonMasqueradeCIDR"));
        }

        private static OptionalInt prefix(FactNode n, String key) {
            if (!n.has(key)) return OptionalInt.empty();
            int p = n.integer(key);
            if (p < 8 || p > 32) throw n.get(key).fail("an IPv4 prefix length 8..32 is expected: " + p);
            return OptionalInt.of(p);
        }
    }

    /** GCE's {@code PerformNetworkAssignments}: the range blocks come from, and sizes without and with IP aliases. */
    record Gce(String range, ReleaseFacts<GceSizes> subnet, ReleaseFacts<GceSizes> ipAlias) {
        static Gce read(FactNode n) {
            Function<FactNode, GceSizes> sizes = GceSizes::read;
            return new Gce(n.text("range"), n.byRelease("subnet", sizes), n.byRelease("ipAlias", sizes));
        }
    }

    /** KCM options builder facts. */
    record Kcm(List<String> configureCloudRoutesProviders, String ipv6OnlyNoAllocate, String gceExternalCcmNoAllocate) {
        static Kcm read(FactNode n) {
            return new Kcm(n.texts("configureCloudRoutesProviders"), n.version("ipv6OnlyNoAllocate"), n.version("gceExternalCcmNoAllocate"));
        }
    }

    /** kops' default etcd storage version from a Kubernetes minor on (1.MINOR). */
    record EtcdDefault(int kubernetesMinor, String version) {
        /** A release's defaults, newest Kubernetes floor first, from a mapping of Kubernetes floor ("1.19") to version. */
        static List<EtcdDefault> read(FactNode n) {
            return n.keys().stream().map(k -> new EtcdDefault(Integer.parseInt(k.substring(k.indexOf('.') + 1)), n.text(k)))
                    .sorted(java.util.Comparator.comparingInt(EtcdDefault::kubernetesMinor).reversed()).toList();
        }
    }

    static ClusterFacts read(FactNode root) {
        Map<String, ReleaseFacts<String>> networkCidr = new LinkedHashMap<>();
        FactNode byCloud = root.get("networkCIDR");
        for (String cloud : byCloud.keys()) networkCidr.put(cloud, byCloud.textByRelease(cloud));
        Function<FactNode, ServiceRange> serviceRange = ServiceRange::read;
        return new ClusterFacts(
                root.boolByRelease("subnetIpv6CidrKnown"),
                root.boolByRelease("subnetAdditionalRoutesKnown"),
                root.byRelease("topology", Placement::read),
                root.textByRelease("dnsType"),
                root.textByRelease("mastersNodesDefault"),
                root.boolByRelease("dropTopologyMastersNodes"),
                root.boolByRelease("dropBastionLoadBalancerSecurityGroups"),
                root.boolByRelease("dropBastionIdleTimeout"),
                root.boolByRelease("kubeProxyClusterCidrKeepsEmpty"),
                root.boolByRelease("ipv6RangeSplitRefused"),
                Map.copyOf(networkCidr),
                root.textByRelease("nonMasqueradeCIDR"),
                root.textsByRelease("nonMasqueradeCIDRSkipProviders"),
                root.byRelease("serviceClusterIPRange", serviceRange),
                root.byRelease("serviceClusterIPRangeIPv6", serviceRange),
                root.byRelease("podRangeIPv6", Ipv6PodRange::read),
                root.byRelease("podRange", PodRangeTarget::read),
                root.boolByRelease("kcmClusterCidrOnIPv6Only"),
                root.byRelease("impliedProvider", ClusterFacts::provider),
                Gce.read(root.get("gce")),
                root.textsByRelease("gceIpAliasProviders"),
                root.textsByRelease("egressProxyExcludes"),
                root.byRelease("subnetCidrs", SubnetCidrAssignment.Row::read),
                Kcm.read(root.get("kcm")),
                root.textsByRelease("etcdManagerVersions"),
                root.byRelease("etcdDefaultVersions", EtcdDefault::read));
    }

    private static Optional<ProviderKind> provider(FactNode n) {
        String name = n.text();
        if (name.equals("none")) return Optional.empty();
        Optional<ProviderKind> kind = ProviderKind.byKey(name);
        if (kind.isEmpty()) throw n.fail("unknown provider " + name);
        return kind;
    }
}
