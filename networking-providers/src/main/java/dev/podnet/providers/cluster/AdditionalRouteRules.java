package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.Subnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A subnet's {@code additionalRoutes} as kops validates them (kops-oracle 1.24-1.36, oracle/additional-routes.tsv; kops
 * up to 1.22 drops the field when it decodes the spec): on AWS only; not on a shared subnet (one with an id), else only
 * on Private subnets (an empty list too), then per route its target's kind, its cidr, and that a route to a peering
 * connection is neither a network CIDR nor inside one.
 */
final class AdditionalRouteRules {
    static final String FIELD = "additionalRoutes";
    /** The target prefixes kops knows (kops-oracle 1.24-1.36 refuse vpce-, eni-, vgw-, cagw-, lgw-, pl- and a bare "pcx"). */
    private static final List<String> TARGETS = List.of("pcx-", "i-", "nat-", "tgw-", "igw-", "eigw-");
    /**
     * The one target kind a route inside a network CIDR may not have: a peering connection (kops-oracle 1.24, 1.28, 1.36
     * refuse 172.20.10.0/24 to pcx- on a Private and a Public subnet, accept it to tgw-, nat-, igw-, eigw-, i-; edges set,
     * seed 20261805, v1.24.0-kuberouter-002).
     */
    private static final String PEERING = "pcx-";
    private static final Gate ROUTES = gate("cluster.subnet-routes");
    private static final Gate PRIVATE_FORBIDDEN = gate("cluster.subnet-routes#forbidden");
    private static final Gate STRICT_CIDR = gate("cluster.subnet-routes#strict-cidr");
    private static final Gate ADDITIONAL_NETWORKS = gate("cluster.subnet-routes#additional-networks");
    private static final Gate JSON_VALUE = gate("cluster.subnet-routes#json-value");

    private AdditionalRouteRules() {
    }

    /** The subnet's routes as written: each an entry of the list (empty when the field is absent or null). */
    static Optional<List<?>> routes(Subnet s) {
        Object v = s.extraFields().get(FIELD);
        return v instanceof List<?> l ? Optional.of(l) : Optional.empty();
    }

    static void check(RuleContext ctx, ClusterRanges r, Subnet s, String p, Findings out) {
        // kops checks the routes of an AWS cluster only (its validation.go: c.CloudProvider.AWS != nil; kops-oracle 1.33.1
        // and 1.36 accept refused routes on GCE)
        if (!ctx.in(ROUTES) || !ctx.onCloud(Cloud.AWS)) return;
        Optional<List<?>> written = routes(s);
        if (written.isEmpty()) return;
        List<Route> routes = new ArrayList<>();
        for (Object o : written.get()) routes.add(Route.of(o));
        if (!s.id().orElse("").isEmpty()) {
            // a shared subnet (one with an id), whatever its type (kops-oracle 1.24-1.36)
            out.add(ROUTES.tag(onSubnet(ctx, s, routes, p, "additional routes cannot be added if the subnet is shared"))
                    .hint("add the routes to the shared subnet's route table outside kops"));
        } else if (!"Private".equals(s.type().orElse(""))) {
            out.add(ROUTES.tag(onSubnet(ctx, s, routes, p, "additional routes can only be added on private subnets"))
                    .hint("move the routes to a Private subnet"));
        }
        boolean wide = ctx.in(ADDITIONAL_NETWORKS);
        // kops compares the route cidrs as written with the network CIDRs, then with each other
        Set<String> seen = new HashSet<>();
        if (r.n().networkCIDR().isPresent()) seen.add(r.n().networkCIDR().get());
        if (wide) seen.addAll(r.n().additionalNetworkCIDRs());
        List<IpNetwork> networks = new ArrayList<>();
        if (r.networkCIDR().isPresent()) networks.add(r.networkCIDR().get());
        if (wide) networks.addAll(r.additional());
        for (int i = 0; i < routes.size(); i++) {
            route(ctx, routes.get(i), networks, p + "." + FIELD + "[" + i + "]", out);
            if (!seen.add(routes.get(i).cidr())) {
                out.add(ROUTES.tag(Finding.duplicate(p + "." + FIELD + "[" + i + "].cidr", routes.get(i).cidr()))
                        .hint("give each route its own cidr, outside the network CIDRs"));
            }
        }
    }

    /** A finding on the subnet's routes as a whole: Forbidden at the field from 1.28, 1.24's Invalid value of the subnet. */
    private static Diagnostic.Builder onSubnet(RuleContext ctx, Subnet s, List<Route> routes, String p, String detail) {
        return ctx.in(PRIVATE_FORBIDDEN) ? Finding.forbidden(p + "." + FIELD, detail) : Finding.invalid(p, null, detail).value(goSubnet(s, routes));
    }

    private static void route(RuleContext ctx, Route route, List<IpNetwork> networks, String p, Findings out) {
        boolean known = TARGETS.stream().anyMatch(route.target()::startsWith);
        Optional<IpNetwork> cidr = ctx.in(STRICT_CIDR) ? ClusterRanges.parsed(ctx, Optional.of(route.cidr())) : IpNetwork.parse(route.cidr());
        if (!known) {
            out.add(ROUTES.tag(Finding.invalid(p + ".target", null, "unknown target type for route").value(value(ctx, route)))
                    .hint("target a peering (pcx-), instance (i-), NAT (nat-), transit (tgw-), internet (igw-) or egress-only internet (eigw-) gateway"));
        } else if (route.target().startsWith(PEERING) && cidr.isPresent() && networks.stream().anyMatch(n -> n.encloses(cidr.get()))) {
            String network = ctx.in(ADDITIONAL_NETWORKS) ? "a network" : "cluster";
            out.add(ROUTES.tag(Finding.forbidden(p + ".target", "target is more specific than " + network
                    + " CIDR block. This route can target only an interface or an instance."))
                    .hint("route only addresses outside the cluster's networks, or target an instance"));
        }
        if (ctx.in(STRICT_CIDR) && route.cidr().isEmpty()) {
            // the constraint passes an empty value by; kops' validateCIDR parses it (kops-oracle 1.28-1.36)
            out.add(STRICT_CIDR.tag(Finding.invalid(p + ".cidr", "", "Could not be parsed as a CIDR"))
                    .hint("write the route's cidr as a CIDR such as 10.0.0.0/8"));
        } else if (ctx.in(STRICT_CIDR)) {
            out.addAll(ctx.checkFields(new RouteCidr(route.cidr()), p, ClusterGates.table()));
        } else if (cidr.isEmpty()) {
            out.add(ROUTES.tag(Finding.invalid(p + ".cidr", null, "invalid cidr").value(value(ctx, route)))
                    .hint("write the route's cidr as a CIDR such as 10.0.0.0/8"));
        }
    }

    /** kops prints the route as JSON from 1.36, as a Go struct before (kops-oracle 1.24-1.33.1). */
    private static String value(RuleContext ctx, Route route) {
        if (!ctx.in(JSON_VALUE)) return route.go();
        StringBuilder b = new StringBuilder("{");
        if (!route.cidr().isEmpty()) b.append("\"cidr\":").append(json(route.cidr()));
        if (!route.target().isEmpty()) b.append(b.length() > 1 ? "," : "").append("\"target\":").append(json(route.target()));
        return b.append('}').toString();
    }

    /** kops 1.24's value for the subnet: its Go struct as %#v prints it. */
    private static String goSubnet(Subnet s, List<Route> routes) {
        StringBuilder b = new StringBuilder("kops.ClusterSubnetSpec{");
        b.append("Name:").append(go(s.name())).append(", CIDR:").append(go(s.cidr())).append(", IPv6CIDR:").append(go(s.ipv6CIDR()))
                .append(", Zone:").append(go(s.zone())).append(", Region:").append(go(s.region())).append(", ProviderID:").append(go(s.id()))
                .append(", Egress:").append(go(s.egress())).append(", Type:").append(go(s.type())).append(", PublicIP:").append(go(s.publicIP()))
                .append(", AdditionalRoutes:[]kops.RouteSpec{");
        for (int i = 0; i < routes.size(); i++) b.append(i > 0 ? ", " : "").append(routes.get(i).go());
        return b.append("}}").toString();
    }

    /** Go's %#v of a string field: strconv.Quote ({@link GoText#quote}). */
    private static String go(Optional<String> v) {
        return GoText.quote(v.orElse(""));
    }

    /** Go's encoding/json string. */
    private static String json(String v) {
        StringBuilder b = new StringBuilder("\"");
        v.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '<', '>', '&', 0x2028, 0x2029 -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                default -> {
                    if (c < 0x20) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                    else b.appendCodePoint(c);
                }
            }
        });
        return b.append('"').toString();
    }

    /** One route as written: cidr and target, empty when absent. */
    private record Route(String cidr, String target) {
        static Route of(Object o) {
            if (!(o instanceof Map<?, ?> m)) return new Route("", "");
            return new Route(text(m.get("cidr")), text(m.get("target")));
        }

        private static String text(Object v) {
            return v == null ? "" : String.valueOf(v);
        }

        String go() {
            return "kops.RouteSpec{CIDR:" + GoText.quote(cidr) + ", Target:" + GoText.quote(target) + "}";
        }
    }
}
