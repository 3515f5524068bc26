package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.provider.ProviderKind;

/** kops' {@code gce.PerformNetworkAssignments}: subnet, pod and service blocks from GCE's range. Stateless. */
final class GceRanges {
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;
    private static final ClusterFacts.GceSizes NONE = new ClusterFacts.GceSizes(java.util.OptionalInt.empty(),
            java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), Optional.empty());

    private GceRanges() {
    }

    /** True if the provider uses GCE IP aliases at release {@code r} ({@code UsesIPAliases}). */
    static boolean usesIpAliases(String providerKey, KopsVersion r) {
        return FACTS.gceIpAliasProviders().at(r).orElse(List.of()).contains(providerKey);
    }

    static Cluster assign(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        if (!Cloud.GCE.equals(c.cloud().orElse(null))) return c;
        Networking n = c.networking();
        Optional<ProviderKind> kind = n.providerKind();
        boolean ipAlias = kind.isPresent() && usesIpAliases(kind.get().key(), r);
        IpNetwork range = IpNetwork.parse(FACTS.gce().range()).orElseThrow();
        List<IpNetwork> used = new ArrayList<>();
        for (Subnet s : n.subnets()) addParsed(s.cidr(), used);
        addParsed(n.podCIDR(), used);
        addParsed(n.serviceClusterIPRange(), used);
        if (ipAlias) return ipAliases(c, r, range, applied);
        Networking.Builder b = n.toBuilder();
        ClusterFacts.GceSizes sizes = FACTS.gce().subnet().at(r).orElse(NONE);
        if (sizes.node().isPresent()) {
            List<Subnet> subnets = new ArrayList<>();
            for (int i = 0; i < n.subnets().size(); i++) {
                Subnet s = n.subnets().get(i);
                if (s.cidr().isEmpty()) {
                    IpNetwork got = allocate(range, sizes.node().getAsInt(), used);
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

    /**
     * IP aliases: with pod range, service range and the one subnet's cidr all set nothing changes; otherwise
     * kops allocates all three afresh (the user's values are replaced, not reserved: checked with kops 1.33
     * and 1.36, kops-oracle) and, from the release in the table, sets the non-masquerade range too.
     */
    /** Adds {@code cidr} to {@code used} when it is set and parses. */
    private static void addParsed(Optional<String> cidr, List<IpNetwork> used) {
        if (cidr.isEmpty()) return;
        Optional<IpNetwork> parsed = IpNetwork.parse(cidr.get());
        if (parsed.isPresent()) used.add(parsed.get());
    }

    private static Cluster ipAliases(Cluster c, KopsVersion r, IpNetwork range, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.subnets().size() != 1) return c; // validation: expected exactly one subnet with GCE IP Aliases
        if (n.podCIDR().isPresent() && n.serviceClusterIPRange().isPresent() && n.subnets().get(0).cidr().isPresent()) return c;
        ClusterFacts.GceSizes sizes = FACTS.gce().ipAlias().at(r).orElse(NONE);
        List<IpNetwork> used = new ArrayList<>();
        Networking.Builder b = n.toBuilder();
        String pod = allocate(range, sizes.pod().orElseThrow(), used).toString();
        b.podCIDR(pod);
        applied.accept(AppliedDefault.of("spec.podCIDR", pod, "gce.ip-alias.pod-cidr", "GCE IP alias pod range from 10.0.0.0/8"));
        String service = allocate(range, sizes.service().orElseThrow(), used).toString();
        b.serviceClusterIPRange(service);
        applied.accept(AppliedDefault.of("spec.serviceClusterIPRange", service, "gce.ip-alias.service-range",
                "GCE IP alias service range from 10.0.0.0/8 (/20 before 1.29, /16 from 1.29)"));
        if (sizes.nonMasqueradeCidr().isPresent()) {
            String v = sizes.nonMasqueradeCidr().get();
            b.nonMasqueradeCIDR(v);
            applied.accept(AppliedDefault.of("spec.nonMasqueradeCIDR", v, "gce.ip-alias.non-masquerade-cidr",
                    "GCE IP alias clusters use 10.0.0.0/8 as non-masquerade range (kops >=1.27)"));
        }
        if (sizes.node().isPresent()) {
            String node = allocate(range, sizes.node().getAsInt(), used).toString();
            b.subnets(List.of(n.subnets().get(0).toBuilder().cidr(node).build()));
            applied.accept(AppliedDefault.of("spec.subnets[0].cidr", node, "gce.subnet-cidr",
                    "GCE IP alias subnet range: first free block of 10.0.0.0/8 after the first"));
        }
        return withNetworking(c, b.build());
    }

    /** The first block of size {@code /prefix} in {@code range}, not the first one, overlapping nothing used. */
    private static IpNetwork allocate(IpNetwork range, int prefix, List<IpNetwork> used) {
        long count = 1L << Math.min(40, prefix - range.prefix());
        for (long i = 1; i < count; i++) {
            IpNetwork cand = range.block(prefix, i);
            if (!overlapsAny(cand, used)) {
                used.add(cand);
                return cand;
            }
        }
        throw new IllegalArgumentException("no free /" + prefix + " block left in " + range);
    }

    private static boolean overlapsAny(IpNetwork cand, List<IpNetwork> used) {
        for (IpNetwork u : used) {
            if (u.overlaps(cand)) return true;
        }
        return false;
    }
}
