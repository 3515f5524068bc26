package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.Subnet;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * kops' checks of the AWS API load balancer's {@code subnets} (kops-oracle 1.20-1.36; 1.19 ignores the list), each entry
 * in order: a name (Required when empty) among the cluster's subnets (Not found); a {@code privateIPv4Address} that is
 * not empty (Required), an IPv4 address (Invalid) inside the subnet's CIDR as kops assigned it (Invalid; not checked for an
 * unknown subnet), only on an
 * Internal Network Load Balancer (Forbidden); an {@code allocationId} that is not empty (Required), only on a Network
 * Load Balancer that is not Internal (Forbidden). Both fields are pointers: {@code ""} counts as given. GCE accepts any
 * list (kops-oracle 1.33.1 and 1.36).
 */
final class ApiLoadBalancerSubnetRules {
    private static final Gate SUBNETS = gate("cluster.api-load-balancer-subnets");

    private ApiLoadBalancerSubnetRules() {
    }

    static void check(RuleContext ctx, ClusterRanges ranges, Findings out) {
        if (!ctx.in(SUBNETS) || !ctx.onCloud(Cloud.AWS)) return;
        if (!(ctx.extraSpec("api.loadBalancer.subnets").orElse(null) instanceof List<?> entries)) return;
        boolean network = "Network".equals(ctx.extraSpecString("api.loadBalancer.class").orElse(null));
        boolean internal = "Internal".equals(ctx.extraSpecString("api.loadBalancer.type").orElse(null));
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> e)) continue;
            String path = "spec.api.loadBalancer.subnets[" + i + "].";
            String name = e.get("name") == null ? "" : String.valueOf(e.get("name"));
            Optional<Subnet> subnet = ranges.n().subnets().stream().filter(s -> s.name().filter(name::equals).isPresent()).findFirst();
            if (name.isEmpty()) {
                out.add(SUBNETS.tag(Finding.required(path + "name", "subnet name can't be empty"))
                        .hint("name one of the cluster's subnets in api.loadBalancer.subnets"));
            } else if (subnet.isEmpty()) {
                out.add(SUBNETS.tag(Finding.notFound(path + "name", "subnet \"" + name + "\" not found in cluster subnets"))
                        .hint("name one of the cluster's subnets in api.loadBalancer.subnets"));
            }
            if (e.containsKey("privateIPv4Address") && e.get("privateIPv4Address") != null) {
                privateAddress(path, e, subnet, network && internal, out);
            }
            if (e.containsKey("allocationId") && e.get("allocationId") != null) {
                if (String.valueOf(e.get("allocationId")).isEmpty()) {
                    out.add(SUBNETS.tag(Finding.required(path + "allocationID", "allocationID can't be empty"))
                            .hint("give the elastic IP's allocation id, or remove allocationId"));
                }
                if (!network || internal) {
                    out.add(SUBNETS.tag(Finding.forbidden(path + "allocationID", "allocationID only allowed for Public NLBs"))
                            .hint("use allocationId only with api.loadBalancer.class: Network and a Public load balancer"));
                }
            }
        }
    }

    private static void privateAddress(String path, Map<?, ?> e, Optional<Subnet> subnet, boolean internalNlb, Findings out) {
        String address = String.valueOf(e.get("privateIPv4Address"));
        if (address.isEmpty()) {
            out.add(SUBNETS.tag(Finding.required(path + "privateIPv4Address", "privateIPv4Address can't be empty"))
                    .hint("give an IPv4 address of the subnet, or remove privateIPv4Address"));
        }
        Optional<byte[]> ip = IpNetwork.parseIp(address).filter(a -> a.length == 4);
        if (ip.isEmpty()) {
            out.add(SUBNETS.tag(invalid(path + "privateIPv4Address", e, "privateIPv4Address is not a valid IPv4 address"))
                    .hint("write privateIPv4Address as an IPv4 address"));
        } else if (subnet.flatMap(Subnet::cidr).flatMap(IpNetwork::parse).filter(c -> !c.contains(ip.get())).isPresent()) {
            // an unknown subnet has no CIDR to compare (kops-oracle 1.22, 1.28, 1.36 report only the name), nor has a
            // subnet kops assigned none (an IPv6 Private subnet: kops-oracle 1.24-1.36 report nothing here)
            out.add(SUBNETS.tag(invalid(path + "privateIPv4Address", e, "privateIPv4Address is not part of the subnet CIDR"))
                    .hint("choose an address inside the subnet's CIDR"));
        }
        if (!internalNlb) {
            out.add(SUBNETS.tag(Finding.forbidden(path + "privateIPv4Address", "privateIPv4Address only allowed for internal NLBs"))
                    .hint("use privateIPv4Address only with api.loadBalancer.class: Network and type: Internal"));
        }
    }

    /**
     * kops prints the whole entry as the value: as JSON from 1.36 (kops-oracle 1.36), as a Go struct with pointer
     * addresses before (not reproducible); podnet prints the JSON form.
     */
    private static dev.podnet.api.diag.Diagnostic.Builder invalid(String path, Map<?, ?> e, String detail) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String k : List.of("name", "privateIPv4Address", "allocationId")) if (e.get(k) != null) shown.put(k, String.valueOf(e.get(k)));
        StringBuilder b = new StringBuilder("{");
        shown.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return Finding.invalid(path, null, detail).value(b.append('}').toString());
    }
}
