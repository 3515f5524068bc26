package dev.podnet.providers.cluster;

import dev.podnet.api.Topology;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code spec.topology} (spec B.2.8 rule 30). Up to kops 1.27 ({@code validateTopology}): masters
 * (controlPlane from 1.26) and nodes are required and one of public/private; a bastion needs both
 * private; {@code 0 < bastion.idleTimeoutSeconds <= 3600}; on 1.24–1.26 an IPv6 cluster with private
 * nodes needs Kubernetes 1.22+. kops 1.18 also ran the legacy check, which reports a missing value at
 * {@code spec.masters}. From 1.28 only {@code topology.dns} is validated. Paths are {@code spec.topology}
 * up to 1.25 and {@code spec.networking.topology} from 1.26.
 */
final class TopologyRules {
    static final List<String> TOPOLOGIES = List.of("public", "private");
    static final List<String> DNS_TYPES = List.of("Public", "Private", "None");

    private TopologyRules() {}

    static void check(RuleContext ctx, Optional<Topology> topology, Findings out) {
        if (topology.isEmpty()) return;
        Topology t = topology.get();
        String base = ctx.net("topology");
        if (ctx.since(1, 28)) {
            out.oneOf(base + ".dns", t.dnsType().filter(s -> !s.isEmpty()), DNS_TYPES, "cluster.topology-dns", ">=1.28");
            return;
        }
        String masters = t.masters().orElse("");
        String nodes = t.nodes().orElse("");
        boolean modern = ctx.since(1, 26);
        String mastersField = modern ? "controlPlane" : "masters";

        if (ctx.releaseIs(1, 18) && (masters.isEmpty() || nodes.isEmpty())) {
            // legacy.go in 1.18: the path is spec.masters (not spec.topology.masters), as kops wrote it.
            out.add(Finding.required("spec.masters", "topology requires non-nil values for masters and nodes").rule("cluster.topology-required")
                    .releases(">=1.18 <1.19").hint("set spec.topology.masters and spec.topology.nodes (public or private)"));
        }
        if (masters.isEmpty()) {
            out.add(Finding.required(base + "." + mastersField, "").rule("cluster.topology-required").releases("<1.28")
                    .hint("set topology." + mastersField + " to public or private"));
        } else {
            out.oneOf(base + "." + mastersField, Optional.of(masters), TOPOLOGIES, "cluster.topology-value", "<1.28");
        }
        if (nodes.isEmpty()) {
            out.add(Finding.required(base + ".nodes", "").rule("cluster.topology-required").releases("<1.28")
                    .hint("set topology.nodes to public or private"));
        } else {
            out.oneOf(base + ".nodes", Optional.of(nodes), TOPOLOGIES, "cluster.topology-value", "<1.28");
            if (ctx.between(1, 24, 1, 27) && nodes.equals("private") && ctx.ipv6Only() && ctx.k8sBefore(1, 22)) {
                out.add(Finding.forbidden(base + ".nodes", "private topology in IPv6 clusters requires Kubernetes 1.22+")
                        .rule("cluster.topology-ipv6-private").releases(">=1.24 <1.27")
                        .hint("use Kubernetes 1.22 or later, or public topology, in an IPv6 cluster"));
            }
        }
        if (t.bastion().isPresent()) {
            if (masters.equals("public") || nodes.equals("public")) {
                out.add(Finding.forbidden(base + ".bastion", modern ? "bastion requires control plane and nodes to have private topology"
                                : "bastion requires masters and nodes to have private topology")
                        .rule("cluster.topology-bastion").releases("<1.28")
                        .hint("use private topology for " + mastersField + " and nodes, or remove the bastion"));
            }
            idleTimeout(t.bastion().get()).ifPresent(s -> {
                String p = base + ".bastion.idleTimeoutSeconds";
                if (s <= 0) {
                    out.add(Finding.invalidNumber(p, s, "bastion idleTimeoutSeconds should be greater than zero")
                            .rule("cluster.bastion-idle-timeout").releases("<1.28").hint("set idleTimeoutSeconds between 1 and 3600"));
                } else if (s > 3600) {
                    out.add(Finding.invalidNumber(p, s, "bastion idleTimeoutSeconds cannot be greater than one hour")
                            .rule("cluster.bastion-idle-timeout").releases("<1.28").hint("set idleTimeoutSeconds between 1 and 3600"));
                }
            });
        }
    }

    private static Optional<Long> idleTimeout(Object bastion) {
        if (!(bastion instanceof Map<?, ?> m)) return Optional.empty();
        Object v = m.get("idleTimeoutSeconds");
        if (v instanceof Number num) return Optional.of(num.longValue());
        if (v == null) return Optional.empty();
        try {
            String t = String.valueOf(v).trim();
            String digits = t.startsWith("-") ? t.substring(1) : t;
            if (!dev.podnet.api.internal.IpNetwork.asciiDigits(digits)) return Optional.empty();
            return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
