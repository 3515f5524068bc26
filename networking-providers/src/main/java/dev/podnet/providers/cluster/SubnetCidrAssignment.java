package dev.podnet.providers.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.internal.IpNetwork;

/**
 * kops' {@code assignCIDRsToSubnets} (part of {@code PerformAssignments}): carves the subnets' IPv4 CIDRs out of networkCIDR. The
 * release facts are the {@code subnetCidrs} table of {@code dev/podnet/providers/cluster/cluster.yaml}.
 * Stateless and thread-safe.
 */
final class SubnetCidrAssignment {
    private static final String UTILITY = "Utility";
    private static final ReleaseFacts<Row> ROWS = ClusterFacts.SHIPPED.subnetCidrs();

    /** One release's allocation: algorithm, clouds it runs on, subnet types that take a big block. */
    record Row(boolean legacy, List<String> clouds, List<String> bigTypes, boolean ipv6PrivateKeepsNoCidr, boolean allPlacedSkips) {
        static Row read(FactNode n) {
            String algorithm = n.text("algorithm");
            if (!algorithm.equals("legacy") && !algorithm.equals("split")) throw n.fail("algorithm must be legacy or split: " + algorithm);
            return new Row(algorithm.equals("legacy"), n.texts("clouds"), n.texts("bigTypes"), n.bool("ipv6PrivateKeepsNoCidr"),
                    n.bool("allPlacedSkips"));
        }

        /** A subnet that needs no IPv4 block: it has a cidr, or (1.23+) it is Private with an ipv6CIDR. */
        boolean placed(Subnet s) {
            return s.cidr().isPresent() || (ipv6PrivateKeepsNoCidr && s.ipv6CIDR().isPresent() && s.type().orElse("").equals("Private"));
        }
    }

    /**
     * kops' assignment failed: its text, and the subnet it names (its index in the spec; empty when kops names none).
     * A subnet's unknown type is told apart: validation names the type, the other failures the subnet's cidr.
     */
    static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        /** The index of the subnet kops names, or -1. */
        private final int subnet;
        private final boolean unknownType;

        Refused(String message, int subnet, boolean unknownType) {
            super(message);
            this.subnet = subnet;
            this.unknownType = unknownType;
        }

        java.util.OptionalInt subnet() {
            return subnet < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(subnet);
        }

        boolean unknownType() {
            return unknownType;
        }
    }

    private SubnetCidrAssignment() {
    }

    static Cluster assign(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        Row row = ROWS.at(r).orElse(null);
        if (row == null || c.cloud().isEmpty() || !row.clouds().contains(c.cloud().get().id())) return c;
        // Before 1.36 only a cluster whose every subnet has a cidr is left alone: an IPv6 Private subnet without one is
        // given no block but still counts, so the split can find no free block and fail (kops 1.28, 1.33; kops-oracle).
        // (Plain loops and a named comparator in this method: each lambda is a call site a cold JVM links, and one whose
        // class the class-data archive lacks, as its training run assigns no CIDR, is spun at run time:
        // networking-benchmarks README, seventeenth round.)
        boolean allPlaced = true;
        for (Subnet s : n.subnets()) allPlaced &= row.allPlacedSkips() ? row.placed(s) : s.cidr().isPresent();
        if (allPlaced) return c;
        if (n.networkCIDR().isEmpty()) return c; // shared network without a known CIDR: kops asks the cloud
        IpNetwork network = IpNetwork.parse(n.networkCIDR().get()).orElse(null);
        if (network == null || !network.isIPv4()) return c;
        List<IpNetwork> reserved = new ArrayList<>();
        for (Subnet s : n.subnets()) {
            IpNetwork placed = s.cidr().isPresent() ? IpNetwork.parse(s.cidr().get()).orElse(null) : null;
            if (placed != null) reserved.add(placed);
        }
        List<Integer> big = new ArrayList<>();
        List<Integer> little = new ArrayList<>();
        for (int i = 0; i < n.subnets().size(); i++) {
            Subnet s = n.subnets().get(i);
            String type = s.type().orElse("");
            if (type.equals(UTILITY)) little.add(i);
            else if (row.bigTypes().contains(type)) big.add(i);
            else throw new Refused("subnet \"" + s.name().orElse("") + "\" has unknown type \"" + type + "\"", i, true);
        }
        Comparator<Integer> byZone = new ByZone(n.subnets());
        big.sort(byZone);
        little.sort(byZone);
        // legacy: eighths; split: as many blocks as big subnets plus one when there are Utility subnets (counting those
        // without a cidr and those with a cidr inside networkCIDR, not those in an additional network), rounded up to
        // 1, 2, 4 or 8. Blocks overlapping a placed subnet are dropped; the first block left is split into eighths for
        // the Utility subnets (always in legacy, when there are Utility subnets in split).
        long bigCount = 0;
        for (int i : big) if (inNetwork(n.subnets().get(i), network)) bigCount++;
        boolean anyLittle = false;
        for (int i : little) anyLittle |= inNetwork(n.subnets().get(i), network);
        long count = bigCount + (anyLittle ? 1 : 0);
        int parts = row.legacy() ? 8 : count <= 1 ? 1 : count <= 2 ? 2 : count <= 4 ? 4 : 8;
        List<IpNetwork> bigBlocks = split(network, parts);
        removeOverlapping(bigBlocks, reserved);
        if (bigBlocks.isEmpty()) {
            throw new Refused("could not find any non-overlapping CIDRs in parent NetworkCIDR; cannot automatically assign CIDR to subnet", -1, false);
        }
        List<IpNetwork> littleBlocks = new ArrayList<>();
        if (row.legacy() || anyLittle) {
            littleBlocks = split(bigBlocks.remove(0), 8);
            removeOverlapping(littleBlocks, reserved);
        }
        List<Subnet> out = new ArrayList<>(n.subnets());
        place(out, big, bigBlocks, "big", row, applied);
        place(out, little, littleBlocks, "little", row, applied);
        return ClusterDefaults.withNetworking(c, n.toBuilder().subnets(out).build());
    }

    private static void place(List<Subnet> out, List<Integer> which, List<IpNetwork> blocks, String size, Row row, Consumer<AppliedDefault> applied) {
        for (int i : which) {
            Subnet s = out.get(i);
            if (row.placed(s)) continue;
            if (blocks.isEmpty()) {
                throw new Refused("insufficient (" + size + ") CIDRs remaining for automatic CIDR allocation to subnet \""
                        + s.name().orElse("") + "\"", i, false);
            }
            IpNetwork block = blocks.remove(0);
            applied.accept(AppliedDefault.of("spec.subnets[" + i + "].cidr", block.toString(), "cluster.subnet-cidr",
                    row.legacy() ? "subnet CIDR: next eighth of networkCIDR in zone order (Utility: eighths of the first eighth) (kops 1.18-1.27)"
                            : "subnet CIDR: networkCIDR split by the number of subnets to place, in zone order (Utility: eighths of the first block) (kops >=1.28)"));
            out.set(i, s.toBuilder().cidr(block.toString()).build());
        }
    }

    /** Counted for the split: a subnet without a cidr, or whose cidr lies inside networkCIDR (one that does not parse: not). */
    private static boolean inNetwork(Subnet s, IpNetwork network) {
        if (s.cidr().isEmpty()) return true;
        IpNetwork cidr = IpNetwork.parse(s.cidr().get()).orElse(null);
        return cidr != null && network.encloses(cidr);
    }

    /** Drops the blocks that overlap a placed subnet. */
    private static void removeOverlapping(List<IpNetwork> blocks, List<IpNetwork> reserved) {
        for (Iterator<IpNetwork> it = blocks.iterator(); it.hasNext();) {
            IpNetwork b = it.next();
            for (IpNetwork u : reserved) {
                if (u.overlaps(b)) {
                    it.remove();
                    break;
                }
            }
        }
    }

    /** Subnet indices in zone order (a subnet without a zone first, as zone ""). */
    private static final class ByZone implements Comparator<Integer> {
        private final List<Subnet> subnets;

        ByZone(List<Subnet> subnets) {
            this.subnets = subnets;
        }

        @Override
        public int compare(Integer a, Integer b) {
            return subnets.get(a).zone().orElse("").compareTo(subnets.get(b).zone().orElse(""));
        }
    }

    private static List<IpNetwork> split(IpNetwork parent, int parts) {
        int bits = Integer.numberOfTrailingZeros(parts);
        List<IpNetwork> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) out.add(parent.block(parent.prefix() + bits, i));
        return out;
    }
}
