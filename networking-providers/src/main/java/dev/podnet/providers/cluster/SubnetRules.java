package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Subnet;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The subnets: required by cloud, names, ids, types, regions; each subnet's addresses in {@link SubnetAddressRules}, its
 * additional routes in {@link AdditionalRouteRules}.
 */
final class SubnetRules {
    private static final Set<String> SUBNETS_REQUIRED = Set.of("aws", "azure", "gce", "openstack", "scaleway", "metal", "alicloud");
    /** kops' {@code requiresSubnetRegion}. */
    private static final Set<String> SUBNET_REGION_REQUIRED = Set.of("azure", "gce", "digitalocean", "linode");
    static final List<String> SUBNET_TYPES = List.of("Public", "Private", "DualStack", "Utility");
    private static final Gate REQUIRED = gate("cluster.subnets-required");
    private static final Gate NAME = gate("cluster.subnet-name");
    private static final Gate ID = gate("cluster.subnet-id");
    private static final Gate TYPE_EMPTY = gate("cluster.subnet-type#empty");
    private static final Gate TYPE_UNEXPECTED = gate("cluster.subnet-type#unexpected");
    private static final Gate TYPE_UNSUPPORTED = gate("cluster.subnet-type#unsupported");
    private static final Gate DUAL_STACK = gate("cluster.subnet-dualstack");
    private static final Gate REGION = gate("cluster.subnet-region");

    private SubnetRules() {
    }

    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        List<Subnet> subnets = r.n().subnets();
        if (subnets.isEmpty()) {
            if (SUBNETS_REQUIRED.contains(r.cloud()) && ctx.in(REQUIRED)) {
                out.add(REQUIRED.tag(Finding.required(ctx.net("subnets"), "must configure at least one subnet (use --zones)"))
                        .hint("add subnets (kops create cluster --zones does)"));
            }
            return;
        }
        Set<String> names = new HashSet<>();
        // kops compares every subnet with the first one: those whose having an id differs from it are reported
        boolean firstHasId = hasId(subnets.get(0));
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            String p = ctx.net("subnets[" + i + "]");
            String name = s.name().orElse("");
            if (name.isEmpty()) {
                out.add(NAME.tag(Finding.required(p + ".name", "")).hint("give every subnet a name"));
            } else if (!names.add(name)) {
                out.add(NAME.tag(Finding.duplicate(p + ".name", name)).hint("subnet names must be unique"));
            }
            if (hasId(s) != firstHasId) {
                out.add(ID.tag(Finding.forbidden(p + ".id", "cannot mix subnets with specified ID and unspecified ID"))
                        .hint("give every subnet an id, or none"));
            }
            SubnetAddressRules.check(ctx, r, s, ctx.cluster().networking().subnets().get(i).cidr().isPresent(), p, out);
            type(ctx, s, p, out);
            // kops checks the routes after the subnet's type (kops-oracle 1.24, 1.36)
            AdditionalRouteRules.check(ctx, r, s, p, out);
        }
        if (ctx.in(REGION) && SUBNET_REGION_REQUIRED.contains(r.cloud())) regions(ctx, subnets, r.cloud(), out);
    }

    private static boolean hasId(Subnet s) {
        return !s.id().orElse("").isEmpty();
    }

    private static void type(RuleContext ctx, Subnet s, String p, Findings out) {
        String type = s.type().orElse("");
        String name = s.name().orElse("");
        if (!SUBNET_TYPES.contains(type) && ctx.in(TYPE_UNEXPECTED) && s.cidr().orElse("").isEmpty()) {
            // A subnet without a cidr gets one from kops' PerformAssignments, which fails on a type it does not know
            // before validation runs: "subnet %q has unknown type %q" (kops-oracle 1.19, 1.22, 1.24, 1.28, 1.36; empty,
            // absent or unknown type alike), so this is the one finding on the type.
            out.add(TYPE_UNEXPECTED.tag(Finding.invalid(p + ".type", type, "subnet \"" + name + "\" has unknown type \"" + type + "\""))
                    .hint("set the subnet's type (Public, Private or Utility) or its cidr"));
            return;
        }
        if (type.isEmpty() && ctx.in(TYPE_EMPTY)) {
            // beside a cidr, validation's: spec.networking.subnets[0].type: Unsupported value: "": supported values: ...
            out.add(TYPE_EMPTY.tag(Finding.unsupported(p + ".type", "", SUBNET_TYPES))
                    .hint("set the subnet's type: Public, Private, DualStack or Utility"));
        }
        if (type.isEmpty()) return;
        if (ctx.in(TYPE_UNSUPPORTED) && !SUBNET_TYPES.contains(type)) {
            out.add(TYPE_UNSUPPORTED.tag(Finding.unsupported(p + ".type", type, SUBNET_TYPES)).hint("use Public, Private, DualStack or Utility"));
        }
        if (ctx.in(DUAL_STACK) && type.equals("DualStack") && !ctx.ipv6Only()) {
            out.add(DUAL_STACK.tag(Finding.forbidden(p + ".type", "subnet type DualStack may only be used in IPv6 clusters"))
                    .hint("use Private or Public in an IPv4 cluster"));
        }
    }

    /** Clouds that need a region per subnet, all in one region. */
    private static void regions(RuleContext ctx, List<Subnet> subnets, String cloud, Findings out) {
        String region = "";
        for (int i = 0; i < subnets.size(); i++) {
            String r = subnets.get(i).region().orElse("");
            String p = ctx.net("subnets[" + i + "].region");
            if (r.isEmpty()) {
                out.add(REGION.tag(Finding.required(p, "region must be specified")).hint("set the subnet's region (" + cloud + " subnets name their region)"));
            } else if (region.isEmpty()) {
                region = r;
            } else if (!region.equals(r)) {
                out.add(REGION.tag(Finding.forbidden(p, "clusters cannot span regions")).hint("put every subnet in region " + region));
            }
        }
    }
}
