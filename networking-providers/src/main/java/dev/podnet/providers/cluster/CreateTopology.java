package dev.podnet.providers.cluster;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.podnet.api.CreateOptions;
import dev.podnet.api.Topology;
import dev.podnet.api.version.KopsVersion;

/** The topology {@code kops create cluster} writes: placement, DNS type and bastion. Stateless. */
final class CreateTopology {
    private CreateTopology() {
    }

    /** The topology asked for ({@code public} or {@code private}); {@code --ipv6} changes the default from 1.26. */
    static String chosen(CreateOptions o, CreateFacts.Ipv6 ipv6) {
        String topology = o.requestedTopology().filter(t -> !t.isEmpty())
                .orElse(o.topology().equals("private") ? "private" : ipv6 != null ? ipv6.defaultTopology() : "public");
        if (!topology.equals("public") && !topology.equals("private")) {
            throw new IllegalArgumentException("invalid topology " + topology + ".");
        }
        return topology;
    }

    static void checkBastion(CreateOptions o, String topology) {
        if (o.bastion() && !topology.equals("private")) {
            throw new IllegalArgumentException("bastion supports --topology='private' only.");
        }
    }

    static Topology of(CreateOptions o, KopsVersion release, String topology, CreateFacts facts) {
        Topology.Builder t = Topology.builder();
        if (facts.topologyMastersNodes().at(release).orElse(false)) t.masters(topology).nodes(topology);
        String dns = o.dnsType().filter(d -> !d.isEmpty()).map(CreateTopology::dnsFlag)
                .orElseGet(() -> dnsDefault(o, facts.dnsType().at(release).orElseThrow()));
        t.dnsType(dns);
        if (o.bastion() && !dns.equals("None")) t.bastion(new LinkedHashMap<>(Map.of("bastionPublicName", "bastion." + o.name())));
        return t.build();
    }

    private static String dnsFlag(String flag) {
        return switch (flag.toLowerCase(Locale.ROOT)) {
            case "public" -> "Public";
            case "private" -> "Private";
            case "none" -> "None";
            default -> throw new IllegalArgumentException("unknown DNSType: \"" + flag + "\"");
        };
    }

    /** Gossip = a cluster name ending in {@code .k8s.local}; cloud = a cloud without a DNS provider. */
    private static String dnsDefault(CreateOptions o, CreateFacts.DnsTypeRule d) {
        boolean gossip = o.name().endsWith(".k8s.local");
        for (String what : d.order()) {
            if (what.equals("gossip") && gossip && d.gossip().isPresent()) return d.gossip().get();
            if (what.equals("cloud") && d.byCloud().containsKey(o.cloud().id())) return d.byCloud().get(o.cloud().id());
        }
        return d.defaultType();
    }
}
