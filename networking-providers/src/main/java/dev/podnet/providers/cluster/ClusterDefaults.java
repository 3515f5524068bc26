package dev.podnet.providers.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EgressProxy;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.Topology;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.IpFamily;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.Data;
import dev.podnet.providers.internal.ProviderMaps;
import dev.podnet.api.internal.ReleaseTable;

/**
 * Cluster-level networking defaults (kops' {@code PerformAssignments}, {@code assignSubnets},
 * {@code gce.PerformNetworkAssignments} and the KCM / kube-proxy options builders). Values by release
 * come from {@code dev/podnet/providers/cluster/cluster.yaml}. Stateless and thread-safe.
 */
public final class ClusterDefaults {
    private static final Map<String, Object> TABLE = Data.load("dev/podnet/providers/cluster/cluster.yaml");
    private static final ReleaseTable<Object> TOPOLOGY = table("topology");
    private static final ReleaseTable<Object> DNS_TYPE = table("dnsType");
    private static final ReleaseTable<Object> MASTERS_NODES_DEFAULT = table("mastersNodesDefault");
    private static final ReleaseTable<Object> DROP_MASTERS_NODES = table("dropTopologyMastersNodes");
    private static final ReleaseTable<Object> DROP_BASTION_SGS = table("dropBastionLoadBalancerSecurityGroups");
    private static final ReleaseTable<Object> NON_MASQ = table("nonMasqueradeCIDR");
    private static final ReleaseTable<Object> NON_MASQ_SKIP = table("nonMasqueradeCIDRSkipProviders");
    private static final ReleaseTable<Object> KCM_CIDR_V6 = table("kcmClusterCidrOnIPv6Only");
    private static final ReleaseTable<Object> SERVICE = table("serviceClusterIPRange");
    private static final ReleaseTable<Object> SERVICE_V6 = table("serviceClusterIPRangeIPv6");
    private static final ReleaseTable<Object> POD_RANGE = table("podRange");
    private static final ReleaseTable<Object> POD_RANGE_V6 = table("podRangeIPv6");
    private static final ReleaseTable<Object> IMPLIED_PROVIDER = table("impliedProvider");
    private static final ReleaseTable<Object> IP_ALIAS_PROVIDERS = table("gceIpAliasProviders");
    private static final Map<String, ReleaseTable<Object>> NETWORK_CIDR = networkCidrs();
    private static final ReleaseTable<Object> EGRESS_EXCLUDES = table("egressProxyExcludes");
    @SuppressWarnings("unchecked")
    private static final Map<String, Object> GCE = (Map<String, Object>) TABLE.get("gce");
    private static final ReleaseTable<Object> GCE_SUBNET = ReleaseTable.of((Map<?, ?>) GCE.get("subnet"), v -> v);
    private static final ReleaseTable<Object> GCE_IP_ALIAS = ReleaseTable.of((Map<?, ?>) GCE.get("ipAlias"), v -> v);

    private ClusterDefaults() {
    }

    private static ReleaseTable<Object> table(String key) {
        return ReleaseTable.of((Map<?, ?>) TABLE.get(key), v -> v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ReleaseTable<Object>> networkCidrs() {
        Map<String, ReleaseTable<Object>> out = new java.util.LinkedHashMap<>();
        ((Map<String, Object>) TABLE.get("networkCIDR")).forEach((cloud, t) -> out.put(cloud, ReleaseTable.of((Map<?, ?>) t, v -> v)));
        return Map.copyOf(out);
    }

    /** The phase before the provider's own defaults: provider choice, topology, CIDRs, subnets. */
    public static Cluster beforeProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        c = impliedProvider(c, r, applied);
        c = topology(c, r, applied);
        c = networkCidr(c, r, applied);
        c = gce(c, r, applied);
        c = nonMasquerade(c, r, applied);
        c = SubnetCidrAssignment.assign(c, r, applied);
        c = egressProxy(c, r, applied);
        c = serviceRange(c, r, applied);
        c = podRange(c, r, applied);
        return c;
    }

    /**
     * kops' {@code PerformAssignments} alone, as {@code kops create cluster} runs it on the spec it built:
     * network CIDR, GCE ranges, non-masquerade range, subnet CIDRs and egress-proxy excludes (no service
     * or pod range: those come later, from {@code PopulateClusterSpec}).
     */
    public static Cluster performAssignments(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        c = networkCidr(c, r, applied);
        c = gce(c, r, applied);
        c = nonMasquerade(c, r, applied);
        c = SubnetCidrAssignment.assign(c, r, applied);
        return egressProxy(c, r, applied);
    }

    /** The phase after the provider's defaults: options builders of KCM and kube-proxy. */
    public static Cluster afterProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        boolean v6 = IpFamily.isIpv6Only(c);
        Optional<String> kcmCidr = c.kubeControllerManager().flatMap(KubeControllerManager::clusterCIDR);
        if (kcmCidr.isEmpty() && n.podCIDR().isPresent()
                && !(v6 && !KCM_CIDR_V6.at(r).map(Boolean.TRUE::equals).orElse(true))) {
            String v = n.podCIDR().get();
            KubeControllerManager.Builder b = c.kubeControllerManager().map(KubeControllerManager::toBuilder)
                    .orElse(KubeControllerManager.builder());
            c = c.toBuilder().kubeControllerManager(b.clusterCIDR(v).build()).build();
            kcmCidr = Optional.of(v);
            applied.accept(AppliedDefault.of("spec.kubeControllerManager.clusterCIDR", v, "cluster.kcm-cluster-cidr",
                    "KCM cluster CIDR is the pod range (kops >=1.22; not on IPv6-only clusters from 1.23)"));
        }
        c = kcmNodeCidrs(c, r, applied);
        Optional<String> kpCidr = c.kubeProxy().flatMap(KubeProxy::clusterCIDR);
        boolean amazonVpc = n.providerKind().filter(k -> k == ProviderKind.AMAZON_VPC).isPresent();
        boolean v6Skips = v6 && !KCM_CIDR_V6.at(r).map(Boolean.TRUE::equals).orElse(true);
        if (kpCidr.isEmpty() && kcmCidr.isPresent() && !v6Skips && !amazonVpc) {
            KubeProxy.Builder b = c.kubeProxy().map(KubeProxy::toBuilder).orElse(KubeProxy.builder());
            c = c.toBuilder().kubeProxy(b.clusterCIDR(kcmCidr.get()).build()).build();
            applied.accept(AppliedDefault.of("spec.kubeProxy.clusterCIDR", kcmCidr.get(), "cluster.kube-proxy-cluster-cidr",
                    "kube-proxy cluster CIDR is the KCM cluster CIDR (all releases; not with amazonvpc, nor on IPv6-only clusters from 1.23)"));
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Cluster kcmNodeCidrs(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Optional<ProviderKind> kind = c.networking().providerKind();
        if (kind.isEmpty()) return c; // kops: "no networking mode set"
        Map<String, Object> kcm = (Map<String, Object>) TABLE.get("kcm");
        KubeControllerManager.Builder b = c.kubeControllerManager().map(KubeControllerManager::toBuilder)
                .orElse(KubeControllerManager.builder());
        boolean changed = false;
        if (c.kubeControllerManager().flatMap(KubeControllerManager::configureCloudRoutes).isEmpty()) {
            boolean routes = ((List<String>) kcm.get("configureCloudRoutesProviders")).contains(kind.get().key());
            b.configureCloudRoutes(routes);
            changed = true;
            applied.accept(AppliedDefault.of("spec.kubeControllerManager.configureCloudRoutes", String.valueOf(routes),
                    "cluster.kcm-configure-cloud-routes", "KCM configures cloud routes only for kubenet (all releases)"));
        }
        if (c.kubeControllerManager().flatMap(KubeControllerManager::allocateNodeCIDRs).isEmpty()) {
            boolean ipam = IpFamily.isIpv6Only(c) && r.isAtLeast(String.valueOf(kcm.get("ipv6OnlyNoAllocate")));
            List<String> alias = (List<String>) IP_ALIAS_PROVIDERS.at(r).orElse(List.of());
            boolean gceExternal = c.cloud().map(Cloud.GCE::equals).orElse(false) && alias.contains(kind.get().key())
                    && (c.extraSpec().containsKey("cloudControllerManager") || c.extraSpec().containsKey("externalCloudControllerManager"))
                    && r.isAtLeast(String.valueOf(kcm.get("gceExternalCcmNoAllocate")));
            boolean allocate = !ipam && !gceExternal;
            b.allocateNodeCIDRs(allocate);
            changed = true;
            applied.accept(AppliedDefault.of("spec.kubeControllerManager.allocateNodeCIDRs", String.valueOf(allocate),
                    "cluster.kcm-allocate-node-cidrs", "KCM allocates node CIDRs, except with kops-controller IPAM "
                            + "(IPv6-only, kops >=1.23) or GCE IP aliases with an external CCM (kops >=1.27)"));
        }
        return changed ? c.toBuilder().kubeControllerManager(b.build()).build() : c;
    }

    private static Cluster impliedProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        if (c.networking().provider().isPresent()) return c;
        boolean otherProvider = c.networking().extraFields().keySet().stream().anyMatch(k -> ProviderKind.byKey(k).isPresent());
        String name = String.valueOf(IMPLIED_PROVIDER.at(r).orElse("none"));
        if (otherProvider || name.equals("none")) return c;
        ProviderKind kind = ProviderKind.byKey(name).orElseThrow();
        c = withNetworking(c, c.networking().toBuilder().provider(ProviderMaps.fromMap(kind, Map.of())).build());
        applied.accept(AppliedDefault.of("spec.networking." + kind.key(), "{}", "cluster.implied-provider",
                "no provider set: kops 1.18-1.25 validation picks " + name + " (fillClusterSpecNetworkingSpec; not from 1.26)"));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Cluster topology(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        Topology t = n.topology().orElse(null);
        if (t == null) {
            Map<String, Object> v = (Map<String, Object>) TOPOLOGY.at(r).orElse(Map.of());
            Topology.Builder b = Topology.builder();
            if (v.get("masters") != null) b.masters(String.valueOf(v.get("masters")));
            if (v.get("nodes") != null) b.nodes(String.valueOf(v.get("nodes")));
            t = b.build();
            applied.accept(AppliedDefault.of("spec.topology", v.toString(), "cluster.topology",
                    "no topology: kops sets " + v + " (1.18: public/public; 1.19+: empty)"));
        }
        if (t.dnsType().isEmpty()) {
            String d = String.valueOf(DNS_TYPE.at(r).orElse("Public"));
            t = Topology.builder().from(t).dnsType(d).build();
            applied.accept(AppliedDefault.of("spec.topology.dns.type", d, "cluster.topology.dns-type",
                    "DNS type defaults to " + d + " (v1alpha2 API defaulting, all releases)"));
        }
        String placement = String.valueOf(MASTERS_NODES_DEFAULT.at(r).orElse(""));
        if (!placement.isEmpty() && t.masters().isEmpty()) {
            t = Topology.builder().from(t).masters(placement).build();
            applied.accept(AppliedDefault.of("spec.topology.masters", placement, "cluster.topology.masters",
                    "control plane placement defaults to " + placement + " (v1alpha2 API defaulting, kops 1.18-1.27)"));
        }
        if (!placement.isEmpty() && t.nodes().isEmpty()) {
            t = Topology.builder().from(t).nodes(placement).build();
            applied.accept(AppliedDefault.of("spec.topology.nodes", placement, "cluster.topology.nodes",
                    "node placement defaults to " + placement + " (v1alpha2 API defaulting, kops 1.18-1.27)"));
        }
        if (Boolean.TRUE.equals(DROP_MASTERS_NODES.at(r).orElse(false)) && (t.masters().isPresent() || t.nodes().isPresent())) {
            // kops overrides the user here: 1.28+ drop topology.masters/nodes (v1alpha2 conversion); kept in
            // the output only as kops prints it.
            t = Topology.builder().from(t).masters(Optional.empty()).nodes(Optional.empty()).build();
            applied.accept(AppliedDefault.of("spec.topology.masters", "(removed)", "cluster.topology.drop-masters-nodes",
                    "kops >=1.28 drops topology.masters and topology.nodes (override of user values, as kops does)"));
        }
        if (Boolean.TRUE.equals(DROP_BASTION_SGS.at(r).orElse(false)) && t.bastion().isPresent()
                && t.bastion().get() instanceof Map<?, ?> bastion && bastion.get("loadBalancer") instanceof Map<?, ?> lb
                && lb.containsKey("additionalSecurityGroups")) {
            // quirk (kops overrides the user): 1.26-1.32 lose bastion.loadBalancer.additionalSecurityGroups.
            Map<String, Object> nb = ProviderMaps.deepCopy((Map<String, Object>) bastion);
            ((Map<String, Object>) nb.get("loadBalancer")).remove("additionalSecurityGroups");
            t = Topology.builder().from(t).bastion(nb).build();
            applied.accept(AppliedDefault.of("spec.topology.bastion.loadBalancer.additionalSecurityGroups", "(removed)",
                    "cluster.quirk.bastion-security-groups",
                    "quirk: kops 1.26-1.32 drop bastion load balancer security groups on the v1alpha2 round trip"));
        }
        if (n.topology().isPresent() && n.topology().get().equals(t)) return c;
        return withNetworking(c, n.toBuilder().topology(t).build());
    }

    private static Cluster networkCidr(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.networkCIDR().isPresent()) return c;
        Optional<Cloud> cloud = c.cloud();
        if (cloud.isEmpty() || !NETWORK_CIDR.containsKey(cloud.get().id())) return c;
        // A shared network (networkID) takes the cloud's CIDR: that needs a cloud call, which podnet never makes.
        if (n.networkID().isPresent()) return c;
        Optional<Object> v = NETWORK_CIDR.get(cloud.get().id()).at(r);
        if (v.isEmpty()) return c;
        String cidr = String.valueOf(v.get());
        Networking.Builder b = n.toBuilder().networkCIDR(cidr);
        applied.accept(AppliedDefault.of("spec.networkCIDR", cidr, "cluster.network-cidr",
                "default " + cloud.get().id() + " network CIDR (PerformAssignments)"));
        boolean amazonVpc = n.providerKind().filter(k -> k == ProviderKind.AMAZON_VPC).isPresent();
        if (amazonVpc && cloud.get().equals(Cloud.AWS) && n.nonMasqueradeCIDR().isEmpty()) {
            b.nonMasqueradeCIDR(cidr);
            applied.accept(AppliedDefault.of("spec.nonMasqueradeCIDR", cidr, "cluster.non-masquerade-cidr.amazonvpc",
                    "with amazonvpc the non-masquerade range is the VPC CIDR (only when kops also defaults networkCIDR)"));
        }
        return withNetworking(c, b.build());
    }

    private static Cluster nonMasquerade(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.nonMasqueradeCIDR().isPresent()) return c;
        List<?> skip = (List<?>) NON_MASQ_SKIP.at(r).orElse(List.of());
        if (n.providerKind().filter(k -> skip.contains(k.key())).isPresent()) return c;
        String v = String.valueOf(NON_MASQ.at(r).orElseThrow());
        applied.accept(AppliedDefault.of("spec.nonMasqueradeCIDR", v, "cluster.non-masquerade-cidr",
                "default non-masquerade range (all releases; 1.18 not with gce networking)"));
        return withNetworking(c, n.toBuilder().nonMasqueradeCIDR(v).build());
    }

    @SuppressWarnings("unchecked")
    private static Cluster serviceRange(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.serviceClusterIPRange().isPresent() || n.nonMasqueradeCIDR().isEmpty()) return c;
        IpNetwork nm = tryParse(n.nonMasqueradeCIDR().get());
        if (nm == null) return c; // validation reports the bad CIDR
        boolean v6 = nm.isIPv6();
        Optional<Object> row = (v6 ? SERVICE_V6 : SERVICE).at(r);
        if (row.isEmpty()) return c;
        Map<String, Object> m = (Map<String, Object>) row.get();
        String mode = String.valueOf(m.get("mode"));
        String v;
        switch (mode) {
            case "fixed" -> v = String.valueOf(m.get("value"));
            case "nonMasqPlus3", "nonMasqPlus3Capped" -> {
                int prefix = nm.prefix() + 3;
                if (mode.equals("nonMasqPlus3Capped") && nm.bits() - prefix > 20) prefix = nm.bits() - 20;
                v = nm.withPrefix(prefix).toString();
            }
            default -> throw new IllegalStateException("unknown serviceClusterIPRange mode " + mode);
        }
        applied.accept(AppliedDefault.of("spec.serviceClusterIPRange", v, "cluster.service-cluster-ip-range." + mode,
                "service range (" + mode + " in kops " + r.line() + "; IPv6 fixed fd00:5e4f:ce::/108 from 1.23; 100.64.0.0/13 fixed from 1.28)"));
        return withNetworking(c, n.toBuilder().serviceClusterIPRange(v).build());
    }

    @SuppressWarnings("unchecked")
    private static Cluster podRange(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.nonMasqueradeCIDR().isEmpty()) return c;
        IpNetwork nm = tryParse(n.nonMasqueradeCIDR().get());
        if (nm == null) return c;
        if (nm.isIPv6()) {
            // IPv6 pod ranges come from kops-controller IPAM (1.23+); 1.22 wrote an upper half of at least /96.
            Map<String, Object> v6 = (Map<String, Object>) POD_RANGE_V6.at(r).orElse(null);
            if (v6 == null || n.podCIDR().isPresent()) return c;
            int min = ((Number) v6.get("minPrefix")).intValue();
            String v = nm.block(Math.max(min, nm.prefix() + 1), 1).toString();
            applied.accept(AppliedDefault.of("spec.podCIDR", v, "cluster.pod-cidr.ipv6",
                    "IPv6 pod range: the second block of the non-masquerade range split at /" + min
                            + " or one bit longer, whichever is smaller (kops 1.22 only)"));
            return withNetworking(c, n.toBuilder().podCIDR(v).build());
        }
        String target = String.valueOf(POD_RANGE.at(r).orElse("podCIDR"));
        String v = nm.upperHalf().toString();
        if (target.equals("podCIDR")) {
            if (n.podCIDR().isPresent()) return c;
            applied.accept(AppliedDefault.of("spec.podCIDR", v, "cluster.pod-cidr",
                    "pod range: upper half of the non-masquerade range (kops >=1.22, IPv4)"));
            return withNetworking(c, n.toBuilder().podCIDR(v).build());
        }
        if (c.kubeControllerManager().flatMap(KubeControllerManager::clusterCIDR).isPresent()) return c;
        KubeControllerManager.Builder b = c.kubeControllerManager().map(KubeControllerManager::toBuilder)
                .orElse(KubeControllerManager.builder());
        applied.accept(AppliedDefault.of("spec.kubeControllerManager.clusterCIDR", v, "cluster.kcm-cluster-cidr.legacy",
                "pod range: upper half of the non-masquerade range, on KCM (kops 1.18-1.21)"));
        return c.toBuilder().kubeControllerManager(b.clusterCIDR(v).build()).build();
    }

    @SuppressWarnings("unchecked")
    private static Cluster gce(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        if (!c.cloud().map(Cloud.GCE::equals).orElse(false)) return c;
        Networking n = c.networking();
        List<String> aliasProviders = (List<String>) IP_ALIAS_PROVIDERS.at(r).orElse(List.of());
        boolean ipAlias = n.providerKind().map(k -> aliasProviders.contains(k.key())).orElse(false);
        IpNetwork range = IpNetwork.parse(String.valueOf(GCE.get("range"))).orElseThrow();
        List<IpNetwork> used = new ArrayList<>();
        for (Subnet s : n.subnets()) s.cidr().map(ClusterDefaults::tryParse).ifPresent(used::add);
        n.podCIDR().map(ClusterDefaults::tryParse).ifPresent(used::add);
        n.serviceClusterIPRange().map(ClusterDefaults::tryParse).ifPresent(used::add);
        used.removeIf(java.util.Objects::isNull);
        Networking.Builder b = n.toBuilder();
        Map<String, Object> sizes;
        if (ipAlias) {
            if (n.subnets().size() != 1) return c; // validation: expected exactly one subnet with GCE IP Aliases
            if (n.podCIDR().isPresent() && n.serviceClusterIPRange().isPresent() && n.subnets().get(0).cidr().isPresent()) return c;
            sizes = (Map<String, Object>) GCE_IP_ALIAS.at(r).orElse(Map.of());
            if (n.podCIDR().isEmpty()) {
                String v = allocate(range, ((Number) sizes.get("pod")).intValue(), used).toString();
                b.podCIDR(v);
                applied.accept(AppliedDefault.of("spec.podCIDR", v, "gce.ip-alias.pod-cidr", "GCE IP alias pod range from 10.0.0.0/8"));
            }
            if (n.serviceClusterIPRange().isEmpty()) {
                String v = allocate(range, ((Number) sizes.get("service")).intValue(), used).toString();
                b.serviceClusterIPRange(v);
                applied.accept(AppliedDefault.of("spec.serviceClusterIPRange", v, "gce.ip-alias.service-range",
                        "GCE IP alias service range from 10.0.0.0/8 (/20 before 1.29, /16 from 1.29)"));
            }
            if (sizes.get("nonMasqueradeCIDR") != null && n.nonMasqueradeCIDR().isEmpty()) {
                String v = String.valueOf(sizes.get("nonMasqueradeCIDR"));
                b.nonMasqueradeCIDR(v);
                applied.accept(AppliedDefault.of("spec.nonMasqueradeCIDR", v, "gce.ip-alias.non-masquerade-cidr",
                        "GCE IP alias clusters use 10.0.0.0/8 as non-masquerade range (kops >=1.27)"));
            }
        } else {
            sizes = (Map<String, Object>) GCE_SUBNET.at(r).orElse(Map.of());
        }
        if (sizes.get("node") != null) {
            List<Subnet> subnets = new ArrayList<>();
            for (int i = 0; i < n.subnets().size(); i++) {
                Subnet s = n.subnets().get(i);
                if (s.cidr().isEmpty()) {
                    IpNetwork got = allocate(range, ((Number) sizes.get("node")).intValue(), used);
                    s = s.toBuilder().cidr(got.toString()).build();
                    applied.accept(AppliedDefault.of("spec.subnets[" + i + "].cidr", got.toString(), "gce.subnet-cidr",
                            "GCE subnet range: first free block of 10.0.0.0/8 after the first"));
                }
                subnets.add(s);
            }
            b.subnets(subnets);
        }
        return withNetworking(c, b.build());
    }

    /** {@code assignProxy}: extend egressProxy.excludes with the cluster's own names and ranges. */
    @SuppressWarnings("unchecked")
    static Cluster egressProxy(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.egressProxy().isEmpty()) return c;
        String user = n.egressProxy().get().excludes().orElse("");
        List<String> out = new ArrayList<>();
        if (!user.isEmpty()) out.addAll(List.of(user.split(",")));
        for (Object what : (List<Object>) EGRESS_EXCLUDES.at(r).orElse(List.of())) {
            for (String v : excludeValues(String.valueOf(what), c)) {
                if (v == null || v.isEmpty() || user.contains(v) || out.contains(v)) continue;
                out.add(v);
            }
        }
        String joined = String.join(",", out);
        if (joined.equals(user)) return c;
        applied.accept(AppliedDefault.of("spec.egressProxy.excludes", joined, "cluster.egress-proxy-excludes",
                "egress proxy excludes: the user's entries, then localhost, cluster DNS domain, API name, cluster name, "
                        + "non-masquerade range, AWS metadata address and network CIDRs (assignProxy, all releases)"));
        return withNetworking(c, n.toBuilder().egressProxy(EgressProxy.builder().from(n.egressProxy().get()).excludes(joined).build()).build());
    }

    @SuppressWarnings("unchecked")
    private static List<String> excludeValues(String what, Cluster c) {
        Networking n = c.networking();
        return switch (what) {
            case "clusterDNSDomain" -> List.of(String.valueOf(c.extraSpec().getOrDefault("clusterDNSDomain", "cluster.local")));
            case "apiPublicName" -> {
                Object api = c.extraSpec().get("api");
                Object pn = api instanceof Map<?, ?> m ? m.get("publicName") : null;
                if (pn == null) pn = c.extraSpec().get("masterPublicName");
                yield List.of(pn != null ? String.valueOf(pn) : "api." + c.name());
            }
            case "clusterName" -> List.of(c.name());
            case "nonMasqueradeFirstIP" -> {
                IpNetwork nm = n.nonMasqueradeCIDR().map(ClusterDefaults::tryParse).orElse(null);
                if (nm == null || !nm.isIPv4()) yield List.of();
                yield List.of(nm.networkPlus(1));
            }
            case "nonMasqueradeCIDR" -> n.nonMasqueradeCIDR().map(List::of).orElse(List.of());
            case "awsMetadata" -> c.cloud().filter(Cloud.AWS::equals).isPresent() ? List.of("169.254.169.254") : List.of();
            case "networkCIDR" -> n.networkCIDR().map(List::of).orElse(List.of());
            case "additionalNetworkCIDRs" -> n.additionalNetworkCIDRs();
            default -> List.of(what);
        };
    }

    private static IpNetwork tryParse(String s) {
        return IpNetwork.parse(s).orElse(null);
    }

    /** The first block of size {@code /prefix} in {@code range}, not the first one, overlapping nothing used. */
    private static IpNetwork allocate(IpNetwork range, int prefix, List<IpNetwork> used) {
        long count = 1L << Math.min(40, prefix - range.prefix());
        for (long i = 1; i < count; i++) {
            IpNetwork cand = range.block(prefix, i);
            if (used.stream().noneMatch(u -> u.overlaps(cand))) {
                used.add(cand);
                return cand;
            }
        }
        throw new IllegalArgumentException("no free /" + prefix + " block left in " + range);
    }

    static Cluster withNetworking(Cluster c, Networking n) {
        return c.toBuilder().networking(n).build();
    }
}
