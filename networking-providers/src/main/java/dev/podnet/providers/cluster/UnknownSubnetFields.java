package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.Subnet;
import dev.podnet.api.version.KopsVersion;

/** Subnet fields a release does not know, dropped as kops' lenient decoder drops them. Stateless. */
final class UnknownSubnetFields {
    private UnknownSubnetFields() {
    }

    static Cluster drop(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        if (ClusterFacts.SHIPPED.subnetIpv6CidrKnown().at(r).orElse(true)) return c;
        List<Subnet> subnets = c.networking().subnets();
        if (subnets.stream().noneMatch(s -> s.ipv6CIDR().isPresent())) return c;
        List<Subnet> out = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            if (s.ipv6CIDR().isPresent()) {
                applied.accept(AppliedDefault.of("spec.subnets[" + i + "].ipv6CIDR", "(removed)", "cluster.subnet-ipv6-cidr-unknown",
                        "kops before 1.22 does not know a subnet's ipv6CIDR: its decoder drops it"));
                s = s.toBuilder().ipv6CIDR(java.util.Optional.empty()).build();
            }
            out.add(s);
        }
        return withNetworking(c, c.networking().toBuilder().subnets(out).build());
    }
}
