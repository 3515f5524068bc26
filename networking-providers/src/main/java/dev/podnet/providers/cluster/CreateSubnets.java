package dev.podnet.providers.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.podnet.api.Cloud;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.Subnet;

/**
 * The subnets {@code kops create cluster} makes from the zones: one per zone (or region) by the cloud's
 * layout, extra ones for additional network CIDRs, then for a private topology private + (dualstack-) +
 * utility- subnets, and on AWS with {@code --ipv6} an {@code /64#N} IPv6 block each. Stateless.
 */
final class CreateSubnets {
    private CreateSubnets() {
    }

    static List<Subnet> of(CreateOptions o, CreateFacts.SubnetLayout layout, String topology, CreateFacts.Ipv6 ipv6) {
        TreeSet<String> zones = new TreeSet<>(o.zones());
        zones.addAll(o.controlPlaneZones());
        if (zones.isEmpty()) throw new IllegalArgumentException("must specify at least one zone for the cluster (use --zones)");
        List<Subnet> out = byZone(o, layout, zones);
        if (topology.equals("private")) out = privateTopology(o, out, ipv6 != null && ipv6.dualStack());
        if (ipv6 != null && o.cloud().equals(Cloud.AWS)) {
            int first = ipv6.firstSubnet();
            for (int i = 0; i < out.size(); i++) out.set(i, out.get(i).toBuilder().ipv6CIDR("/64#" + Integer.toHexString(i + first)).build());
        }
        return out;
    }

    private static List<Subnet> byZone(CreateOptions o, CreateFacts.SubnetLayout layout, TreeSet<String> zones) {
        List<Subnet> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int z = 0;
        for (String zone : zones) {
            Subnet.Builder s = Subnet.builder().type("Public");
            String region = zone.substring(0, Math.max(0, zone.lastIndexOf('-')));
            switch (layout) {
                case REGION, CLUSTER -> {
                    if (seen.contains(region)) continue;
                    seen.add(region);
                    s.name(layout == CreateFacts.SubnetLayout.REGION ? region : o.name()).region(region);
                }
                case ZONE -> {
                    s.name(zone).zone(zone);
                    if (z < o.subnetIDs().size()) s.id(o.subnetIDs().get(z));
                }
            }
            z++;
            out.add(s.build());
        }
        if (layout == CreateFacts.SubnetLayout.ZONE) {
            List<String> zl = new ArrayList<>(zones);
            for (int i = 1; i < o.networkCIDRs().size(); i++) {
                String zone = zl.get((i - 1) % zl.size());
                out.add(Subnet.builder().name(zone + "-" + i).zone(zone).type("Public").cidr(o.networkCIDRs().get(i)).build());
            }
        }
        return out;
    }

    private static List<Subnet> privateTopology(CreateOptions o, List<Subnet> out, boolean dualStack) {
        List<Subnet> priv = new ArrayList<>();
        for (Subnet s : out) {
            Subnet.Builder p = s.toBuilder().type("Private");
            o.egress().ifPresent(p::egress);
            priv.add(p.build());
        }
        List<Subnet> all = new ArrayList<>(priv);
        if (dualStack) {
            for (Subnet s : priv) all.add(sibling(s, "dualstack-", "DualStack").build());
        }
        int u = 0;
        for (Subnet s : priv) {
            Subnet.Builder d = sibling(s, "utility-", "Utility");
            if (u < o.utilitySubnetIDs().size()) d.id(o.utilitySubnetIDs().get(u));
            u++;
            all.add(d.build());
        }
        return all;
    }

    private static Subnet.Builder sibling(Subnet s, String prefix, String type) {
        Subnet.Builder d = Subnet.builder().name(prefix + s.name().orElse("")).type(type);
        s.zone().ifPresent(d::zone);
        s.region().ifPresent(d::region);
        return d;
    }
}
