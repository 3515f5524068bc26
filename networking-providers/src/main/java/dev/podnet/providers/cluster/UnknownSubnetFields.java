package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.Subnet;
import dev.podnet.api.version.KopsVersion;

/**
 * Subnet fields a release does not know, dropped as kops' lenient decoder drops them, and an empty
 * {@code additionalRoutes}, which kops' completed spec leaves out (omitempty). Validation reads the routes of
 * the spec as written, before this step. Stateless.
 */
final class UnknownSubnetFields {
    private UnknownSubnetFields() {
    }

    static Cluster drop(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        boolean ipv6Known = ClusterFacts.SHIPPED.subnetIpv6CidrKnown().at(r).orElse(true);
        boolean routesKnown = ClusterFacts.SHIPPED.subnetAdditionalRoutesKnown().at(r).orElse(true);
        List<Subnet> subnets = c.networking().subnets();
        List<Subnet> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            if (!ipv6Known && s.ipv6CIDR().isPresent()) {
                applied.accept(AppliedDefault.of("spec.subnets[" + i + "].ipv6CIDR", "(removed)", "cluster.subnet-ipv6-cidr-unknown",
                        "kops before 1.22 does not know a subnet's ipv6CIDR: its decoder drops it"));
                s = s.toBuilder().ipv6CIDR(java.util.Optional.empty()).build();
                changed = true;
            }
            if (s.extraFields().containsKey(AdditionalRouteRules.FIELD)) {
                Object routes = s.extraFields().get(AdditionalRouteRules.FIELD);
                boolean empty = routes == null || routes instanceof List<?> l && l.isEmpty();
                if (!routesKnown || empty) {
                    applied.accept(AppliedDefault.of("spec.subnets[" + i + "].additionalRoutes", "(removed)",
                            routesKnown ? "cluster.subnet-routes-empty" : "cluster.subnet-routes-unknown",
                            routesKnown ? "kops' completed spec leaves an empty additionalRoutes out"
                                    : "kops before 1.24 does not know a subnet's additionalRoutes: its decoder drops them"));
                    Map<String, Object> extra = new LinkedHashMap<>(s.extraFields());
                    extra.remove(AdditionalRouteRules.FIELD);
                    s = s.toBuilder().extraFields(extra).build();
                    changed = true;
                } else if (routes instanceof List<?> l && l.stream().anyMatch(UnknownSubnetFields::hasEmptyString)) {
                    // a route's cidr and target are omitempty Go strings: an empty one is left out (kops-oracle 1.36 on a
                    // GCE subnet's route with cidr "", which kops does not check; edges set, seed 20261804, v1.36.0-cni-001)
                    List<Object> kept = new ArrayList<>();
                    for (Object route : l) kept.add(hasEmptyString(route) ? withoutEmptyStrings((Map<?, ?>) route) : route);
                    Map<String, Object> extra = new LinkedHashMap<>(s.extraFields());
                    extra.put(AdditionalRouteRules.FIELD, kept);
                    applied.accept(AppliedDefault.of("spec.subnets[" + i + "].additionalRoutes", "(empty strings removed)",
                            "cluster.subnet-routes-empty", "kops' completed spec leaves a route's empty cidr or target out"));
                    s = s.toBuilder().extraFields(extra).build();
                    changed = true;
                }
            }
            out.add(s);
        }
        if (!changed) return c;
        return withNetworking(c, c.networking().toBuilder().subnets(out).build());
    }

    private static boolean hasEmptyString(Object route) {
        return route instanceof Map<?, ?> m && m.values().stream().anyMatch(""::equals);
    }

    private static Map<String, Object> withoutEmptyStrings(Map<?, ?> route) {
        Map<String, Object> out = new LinkedHashMap<>();
        route.forEach((k, v) -> {
            if (!"".equals(v)) out.put(String.valueOf(k), v);
        });
        return out;
    }
}
