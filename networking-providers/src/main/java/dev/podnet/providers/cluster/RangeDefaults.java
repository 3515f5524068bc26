package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.ProviderMaps;

/**
 * The cluster's address ranges when the spec leaves them out: the implied provider, network CIDR,
 * non-masquerade range, service range and pod range (kops' {@code PerformAssignments} and
 * {@code assignSubnets}). Stateless.
 */
final class RangeDefaults {
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;

    private RangeDefaults() {
    }

    static Cluster impliedProvider(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        if (c.networking().provider().isPresent()) return c;
        boolean otherProvider = namesAProvider(c.networking().extraFields().keySet());
        Optional<ProviderKind> implied = FACTS.impliedProvider().at(r).orElse(Optional.empty());
        if (otherProvider || implied.isEmpty()) return c;
        ProviderKind kind = implied.get();
        c = withNetworking(c, c.networking().toBuilder().provider(ProviderMaps.fromMap(kind, Map.of())).build());
        applied.accept(AppliedDefault.of("spec.networking." + kind.key(), "{}", "cluster.implied-provider",
                "no provider set: kops 1.18-1.25 validation picks " + kind.key() + " (fillClusterSpecNetworkingSpec; not from 1.26)"));
        return c;
    }

    private static boolean namesAProvider(java.util.Set<String> keys) {
        for (String k : keys) {
            if (ProviderKind.byKey(k).isPresent()) return true;
        }
        return false;
    }

    static Cluster networkCidr(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.networkCIDR().isPresent()) return c;
        Optional<Cloud> cloud = c.cloud();
        ReleaseFacts<String> byRelease = cloud.isPresent() ? FACTS.networkCidrByCloud().get(cloud.get().id()) : null;
        if (byRelease == null) return c;
        // A shared network (networkID) takes the cloud's CIDR: that needs a cloud call, which podnet never makes.
        if (n.networkID().isPresent()) return c;
        Optional<String> v = byRelease.at(r);
        if (v.isEmpty()) return c;
        String cidr = v.get();
        Networking.Builder b = n.toBuilder().networkCIDR(cidr);
        applied.accept(AppliedDefault.of("spec.networkCIDR", cidr, "cluster.network-cidr",
                "default " + cloud.get().id() + " network CIDR (PerformAssignments)"));
        boolean amazonVpc = n.providerKind().orElse(null) == ProviderKind.AMAZON_VPC;
        if (amazonVpc && cloud.get().equals(Cloud.AWS)) {
            // kops replaces a non-masquerade range the user wrote too (kops 1.19 and 1.28, kops-oracle).
            b.nonMasqueradeCIDR(cidr);
            applied.accept(AppliedDefault.of("spec.nonMasqueradeCIDR", cidr, "cluster.non-masquerade-cidr.amazonvpc",
                    "with amazonvpc the non-masquerade range is the VPC CIDR, also over the user's (only when kops also defaults networkCIDR)"));
        }
        return withNetworking(c, b.build());
    }

    static Cluster nonMasquerade(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.nonMasqueradeCIDR().isPresent()) return c;
        List<String> skip = FACTS.nonMasqueradeSkipProviders().at(r).orElse(List.of());
        if (n.providerKind().isPresent() && skip.contains(n.providerKind().get().key())) return c;
        String v = FACTS.nonMasqueradeCidr().at(r).orElseThrow();
        applied.accept(AppliedDefault.of("spec.nonMasqueradeCIDR", v, "cluster.non-masquerade-cidr",
                "default non-masquerade range (all releases; not with gce networking before 1.27)"));
        return withNetworking(c, n.toBuilder().nonMasqueradeCIDR(v).build());
    }

    static Cluster serviceRange(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.serviceClusterIPRange().isPresent() || n.nonMasqueradeCIDR().isEmpty()) return c;
        IpNetwork nm = IpNetwork.parse(n.nonMasqueradeCIDR().get()).orElse(null);
        if (nm == null) return c; // validation reports the bad CIDR
        if (nm.isIPv6()) refuseIpv6Split(r);
        Optional<ClusterFacts.ServiceRange> row = (nm.isIPv6() ? FACTS.serviceRangeIpv6() : FACTS.serviceRange()).at(r);
        if (row.isEmpty()) return c;
        ClusterFacts.ServiceRange m = row.get();
        String v = switch (m.mode()) {
            case FIXED -> m.value().orElseThrow();
            case NON_MASQ_PLUS3 -> nm.withPrefix(nm.prefix() + 3).toString();
            case NON_MASQ_PLUS3_CAPPED -> nm.withPrefix(nm.bits() - (nm.prefix() + 3) > 20 ? nm.bits() - 20 : nm.prefix() + 3).toString();
        };
        applied.accept(AppliedDefault.of("spec.serviceClusterIPRange", v, "cluster.service-cluster-ip-range." + m.modeName(),
                "service range (" + m.modeName() + " in kops " + r.line()
                        + "; IPv6 fixed fd00:5e4f:ce::/108 from 1.23; 100.64.0.0/13 fixed from 1.28)"));
        return withNetworking(c, n.toBuilder().serviceClusterIPRange(v).build());
    }

    static Cluster podRange(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.nonMasqueradeCIDR().isEmpty()) return c;
        IpNetwork nm = IpNetwork.parse(n.nonMasqueradeCIDR().get()).orElse(null);
        if (nm == null) return c;
        if (nm.isIPv6() && FACTS.podRange().at(r).orElse(ClusterFacts.PodRangeTarget.POD_CIDR) == ClusterFacts.PodRangeTarget.KUBE_CONTROLLER_MANAGER
                && ComponentFields.kcmClusterCidr(c).isEmpty()) {
            refuseIpv6Split(r);
        }
        if (nm.isIPv6()) {
            // IPv6 pod ranges come from kops-controller IPAM (1.23+); 1.22 wrote an upper half of at least /96.
            Optional<ClusterFacts.Ipv6PodRange> v6 = FACTS.podRangeIpv6().at(r);
            if (v6.isEmpty() || n.podCIDR().isPresent()) return c;
            int min = v6.get().minPrefix();
            String v = nm.block(Math.max(min, nm.prefix() + 1), 1).toString();
            applied.accept(AppliedDefault.of("spec.podCIDR", v, "cluster.pod-cidr.ipv6",
                    "IPv6 pod range: the second block of the non-masquerade range split at /" + min
                            + " or one bit longer, whichever is smaller (kops 1.22 only)"));
            return withNetworking(c, n.toBuilder().podCIDR(v).build());
        }
        ClusterFacts.PodRangeTarget target = FACTS.podRange().at(r).orElse(ClusterFacts.PodRangeTarget.POD_CIDR);
        String v = nm.upperHalf().toString();
        if (target == ClusterFacts.PodRangeTarget.POD_CIDR) {
            if (n.podCIDR().isPresent()) return c;
            applied.accept(AppliedDefault.of("spec.podCIDR", v, "cluster.pod-cidr",
                    "pod range: upper half of the non-masquerade range (kops >=1.22, IPv4)"));
            return withNetworking(c, n.toBuilder().podCIDR(v).build());
        }
        if (ComponentFields.kcmClusterCidr(c).isPresent()) return c;
        KubeControllerManager.Builder b = ComponentFields.kcmBuilder(c);
        applied.accept(AppliedDefault.of("spec.kubeControllerManager.clusterCIDR", v, "cluster.kcm-cluster-cidr.legacy",
                "pod range: upper half of the non-masquerade range, on KCM (kops 1.18-1.21)"));
        return c.toBuilder().kubeControllerManager(b.clusterCIDR(v).build()).build();
    }

    /** kops before 1.22 cannot compute a range out of an IPv6 non-masquerade range (cluster.yaml ipv6RangeSplitRefused). */
    private static void refuseIpv6Split(KopsVersion r) {
        if (FACTS.ipv6RangeSplitRefused().at(r).orElse(false)) {
            throw new IllegalArgumentException("IPV6 subnet computations not yet implements");
        }
    }
}
