package dev.podnet.providers.cluster;

import dev.podnet.api.Topology;
import dev.podnet.providers.internal.RuleContext;
import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.Findings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.podnet.providers.internal.GoStrings;

/**
 * {@code spec.topology} (spec B.2.8 rule 30). Up to kops 1.27 ({@code validateTopology}): masters
 * (controlPlane from 1.26) and nodes are required and one of public/private; a bastion needs both
 * private; {@code 0 < bastion.idleTimeoutSeconds <= 3600}; on 1.24–1.26 an IPv6 cluster with private
 * nodes needs Kubernetes 1.22+. kops 1.18 also ran the legacy check, which reports a missing value at
 * {@code spec.masters}. Before 1.26 {@code topology.dns.type} is Public or Private
 * ({@code cluster.topology-dns#public-private}); from 1.28 only {@code topology.dns.type} is validated (None allowed; the path
 * kops-oracle 1.28-1.36 print), from 1.36 a type outside the list is also "unsupported dns topology"
 * ({@code cluster.topology-dns#unsupported}). Paths are {@code spec.topology} up to 1.25 and {@code spec.networking.topology}
 * from 1.26.
 */
final class TopologyRules {
    static final List<String> TOPOLOGIES = List.of("public", "private");
    static final List<String> DNS_TYPES = List.of("Public", "Private", "None");
    /** The DNS types kops accepted before 1.26 (no {@code None} yet). */
    static final List<String> DNS_TYPES_PUBLIC_PRIVATE = List.of("Public", "Private");

    private static final Gate DNS = gate("cluster.topology-dns");
    private static final Gate DNS_PUBLIC_PRIVATE = gate("cluster.topology-dns#public-private");
    private static final Gate DNS_UNSUPPORTED = gate("cluster.topology-dns#unsupported");
    private static final Gate REQUIRED = gate("cluster.topology-required");
    private static final Gate REQUIRED_LEGACY_PATH = gate("cluster.topology-required#spec-masters");
    private static final Gate VALUE = gate("cluster.topology-value");
    private static final Gate IPV6_PRIVATE = gate("cluster.topology-ipv6-private");
    private static final Gate BASTION = gate("cluster.topology-bastion");
    private static final Gate BASTION_IDLE = gate("cluster.bastion-idle-timeout");

    private TopologyRules() {}

    static void check(RuleContext ctx, Optional<Topology> topology, Findings out) {
        if (topology.isEmpty()) return;
        Topology t = topology.get();
        String base = ctx.net("topology");
        if (ctx.in(DNS)) {
            Optional<String> type = GoStrings.nonEmpty(t.dnsType());
            out.oneOf(base + ".dns.type", type, DNS_TYPES, DNS);
            if (ctx.in(DNS_UNSUPPORTED) && type.isPresent() && !DNS_TYPES.contains(type.get())) {
                out.add(DNS_UNSUPPORTED.tag(Finding.forbidden(base + ".dns.type", "unsupported dns topology"))
                        .hint("set topology.dns.type to Public, Private or None"));
            }
        }
        if (ctx.in(DNS_PUBLIC_PRIVATE)) {
            out.oneOf(base + ".dns.type", GoStrings.nonEmpty(t.dnsType()), DNS_TYPES_PUBLIC_PRIVATE, DNS_PUBLIC_PRIVATE);
        }
        if (!ctx.in(REQUIRED)) return;
        String decoded = ctx.strict() ? "" : decodedPlacement(ctx);
        // an empty placement written is decoded as an absent one (kops-oracle 1.19 and 1.24 complete "" to public)
        String masters = GoStrings.nonEmpty(t.masters()).orElse(decoded);
        String nodes = GoStrings.nonEmpty(t.nodes()).orElse(decoded);
        boolean modern = ctx.in(RuleContext.NAMES_1_26);
        String mastersField = modern ? "controlPlane" : "masters";

        if (ctx.in(REQUIRED_LEGACY_PATH) && (masters.isEmpty() || nodes.isEmpty())) {
            // legacy.go in 1.18: the path is spec.masters (not spec.topology.masters), as kops wrote it.
            out.add(REQUIRED_LEGACY_PATH.tag(Finding.required("spec.masters", "topology requires non-nil values for masters and nodes"))
                    .hint("set spec.topology.masters and spec.topology.nodes (public or private)"));
        }
        if (masters.isEmpty()) {
            out.add(REQUIRED.tag(Finding.required(base + "." + mastersField, ""))
                    .hint("set topology." + mastersField + " to public or private"));
        } else {
            out.oneOf(base + "." + mastersField, Optional.of(masters), TOPOLOGIES, VALUE);
        }
        if (nodes.isEmpty()) {
            out.add(REQUIRED.tag(Finding.required(base + ".nodes", ""))
                    .hint("set topology.nodes to public or private"));
        } else {
            out.oneOf(base + ".nodes", Optional.of(nodes), TOPOLOGIES, VALUE);
            if (ctx.in(IPV6_PRIVATE) && nodes.equals("private") && ctx.ipv6Only() && ctx.k8sBefore(1, 22)) {
                out.add(IPV6_PRIVATE.tag(Finding.forbidden(base + ".nodes", "private topology in IPv6 clusters requires Kubernetes 1.22+"))
                        .hint("use Kubernetes 1.22 or later, or public topology, in an IPv6 cluster"));
            }
        }
        if (t.bastion().isPresent()) {
            if (masters.equals("public") || nodes.equals("public")) {
                out.add(BASTION.tag(Finding.forbidden(base + ".bastion", modern ? "bastion requires control plane and nodes to have private topology"
                                : "bastion requires masters and nodes to have private topology"))
                        .hint("use private topology for " + mastersField + " and nodes, or remove the bastion"));
            }
            idleTimeout(t.bastion().get()).ifPresent(s -> {
                String p = base + ".bastion.idleTimeoutSeconds";
                if (s <= 0) {
                    out.add(BASTION_IDLE.tag(Finding.invalidNumber(p, s, "bastion idleTimeoutSeconds should be greater than zero")).hint("set idleTimeoutSeconds between 1 and 3600"));
                } else if (s > 3600) {
                    out.add(BASTION_IDLE.tag(Finding.invalidNumber(p, s, "bastion idleTimeoutSeconds cannot be greater than one hour")).hint("set idleTimeoutSeconds between 1 and 3600"));
                }
            });
        }
    }

    /**
     * Rule {@code cluster.topology.decoded-placement}: kops' v1alpha2 defaulting fills an empty
     * {@code topology.masters}/{@code nodes} when it decodes the document (1.18-1.27, fact
     * {@code mastersNodesDefault}), before any validation, so the input is checked with that placement
     * (a bastion beside it is then refused); "" where nothing is filled.
     */
    static String decodedPlacement(RuleContext ctx) {
        return ClusterFacts.SHIPPED.mastersNodesDefault().at(ctx.release()).orElse("");
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
