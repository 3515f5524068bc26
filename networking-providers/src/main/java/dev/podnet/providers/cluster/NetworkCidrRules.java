package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Set;

/** networkCIDR and additionalNetworkCIDRs by cloud: required, forbidden, private, not beside networkID. */
final class NetworkCidrRules {
    private static final Set<String> NETWORK_CIDR_REQUIRED = Set.of("aws", "azure");
    private static final List<IpNetwork> PRIVATE = List.of(IpNetwork.parse("10.0.0.0/8").orElseThrow(),
            IpNetwork.parse("172.16.0.0/12").orElseThrow(), IpNetwork.parse("192.168.0.0/16").orElseThrow());
    private static final Gate REQUIRED = gate("cluster.networkCIDR-required");
    private static final Gate CLOUD = gate("cluster.networkCIDR-cloud");
    private static final Gate CLOUD_DIGITALOCEAN = gate("cluster.networkCIDR-cloud#digitalocean");
    private static final Gate CLOUD_BAREMETAL = gate("cluster.networkCIDR-cloud#baremetal");
    private static final Gate PRIVATE_DIGITALOCEAN = gate("cluster.networkCIDR-private#digitalocean");
    private static final Gate PRIVATE_LINODE = gate("cluster.networkCIDR-private#linode");
    private static final Gate NETWORK_ID_DIGITALOCEAN = gate("cluster.networkID-networkCIDR#digitalocean");
    private static final Gate NETWORK_ID_LINODE = gate("cluster.networkID-networkCIDR#linode");
    private static final Gate CLOUD_GCE_REWORDED = gate("cluster.networkCIDR-cloud#gce-reworded");
    private static final Gate PRIVATE_REWORDED = gate("cluster.networkCIDR-private#reworded");
    private static final Gate NETWORK_ID_REWORDED = gate("cluster.networkID-networkCIDR#reworded");
    private static final Gate ADDITIONAL_CLOUD = gate("cluster.additionalNetworkCIDRs-cloud");

    private NetworkCidrRules() {
    }

    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        Networking n = r.n();
        String cloud = r.cloud();
        // required on the spec as written: the ranges carry kops' assigned default
        if (ctx.cluster().networking().networkCIDR().isEmpty() && NETWORK_CIDR_REQUIRED.contains(cloud) && ctx.strict() && ctx.in(REQUIRED)) {
            out.add(REQUIRED.tag(Finding.required(ctx.net("networkCIDR"), ClusterRanges.hasNot(ctx, "Cluster", "networkCIDR")))
                    .hint("set networkCIDR (kops defaults it to 172.20.0.0/16 on AWS)"));
        }
        if (n.networkCIDR().isPresent() && prohibited(ctx, cloud)) {
            String detail = cloud.equals("gce")
                    ? (ctx.in(CLOUD_GCE_REWORDED) ? "gce doesn't support networkCIDR" : "networkCIDR should not be set on GCE")
                    : cloud.equals("digitalocean") ? "networkCIDR should not be set on DigitalOcean" : "networkCIDR should not be set on bare metal";
            out.add(CLOUD.tag(Finding.forbidden(ctx.net("networkCIDR"), detail)).hint("remove networkCIDR on " + cloud));
        }
        Gate privateRange = cloud.equals("digitalocean") ? PRIVATE_DIGITALOCEAN : cloud.equals("linode") ? PRIVATE_LINODE : null;
        if (privateRange != null && ctx.in(privateRange) && r.networkCIDR().isPresent()) {
            if (PRIVATE.stream().noneMatch(p -> p.encloses(r.networkCIDR().get()))) {
                out.add(privateRange.tag(Finding.invalid(ctx.net("networkCIDR"), n.networkCIDR().get(), ctx.in(PRIVATE_REWORDED)
                                ? "networkCIDR must be within a private IP range" : "Cluster had a networkCIDR outside the private IP range"))
                        .hint("use a CIDR inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"));
            }
            if (n.networkID().isPresent()) {
                String who = cloud.equals("linode") ? "Linode" : "DO";
                Gate g = cloud.equals("linode") ? NETWORK_ID_LINODE : NETWORK_ID_DIGITALOCEAN;
                out.add(g.tag(Finding.forbidden(ctx.net("networkCIDR"), ctx.in(NETWORK_ID_REWORDED)
                                ? who + " doesn't support specifying both NetworkID and NetworkCIDR"
                                : who + " doesn't support specifying both NetworkID and NetworkCIDR together"))
                        .hint("set networkID or networkCIDR, not both"));
            }
        }
        if (ctx.in(ADDITIONAL_CLOUD) && !n.additionalNetworkCIDRs().isEmpty() && !cloud.equals("aws")) {
            out.add(ADDITIONAL_CLOUD.tag(Finding.forbidden(ctx.net("additionalNetworkCIDRs"), cloud + " doesn't support additionalNetworkCIDRs"))
                    .hint("additionalNetworkCIDRs are supported only on AWS"));
        }
    }

    /** GCE always forbids networkCIDR; DigitalOcean and bare metal did in the releases of their gates. */
    private static boolean prohibited(RuleContext ctx, String cloud) {
        return switch (cloud) {
            case "gce" -> true;
            case "baremetal" -> ctx.in(CLOUD_BAREMETAL);
            case "digitalocean" -> ctx.in(CLOUD_DIGITALOCEAN);
            default -> false;
        };
    }
}
