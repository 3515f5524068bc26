package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Topology;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.ProviderMaps;

/** Topology defaults: placement, DNS type, and what kops' v1alpha2 round trip drops. Stateless. */
final class TopologyDefaults {
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;

    private TopologyDefaults() {
    }

    static Cluster apply(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        Topology t = n.topology().orElse(null);
        if (t == null) {
            ClusterFacts.Placement v = FACTS.topology().at(r).orElse(new ClusterFacts.Placement(Optional.empty(), Optional.empty()));
            Topology.Builder b = Topology.builder();
            if (v.masters().isPresent()) b.masters(v.masters().get());
            if (v.nodes().isPresent()) b.nodes(v.nodes().get());
            t = b.build();
            applied.accept(AppliedDefault.of("spec.topology", v.toString(), "cluster.topology",
                    "no topology: kops sets " + v + " (1.18: public/public; 1.19+: empty)"));
        }
        // kops' v1alpha2 defaulting tests the Go strings against "": an empty value written is defaulted as an absent one
        // (kops-oracle 1.19-1.36 complete dns.type "" to Public; 1.19 and 1.24 masters/nodes "" to public)
        if (t.dnsType().orElse("").isEmpty()) {
            String d = FACTS.dnsType().at(r).orElse("Public");
            t = Topology.builder().from(t).dnsType(d).build();
            applied.accept(AppliedDefault.of("spec.topology.dns.type", d, "cluster.topology.dns-type",
                    "DNS type defaults to " + d + " (v1alpha2 API defaulting, all releases)"));
        }
        t = placement(t, r, applied);
        t = dropped(t, r, applied);
        if (n.topology().isPresent() && n.topology().get().equals(t)) return c;
        return withNetworking(c, n.toBuilder().topology(t).build());
    }

    private static Topology placement(Topology t, KopsVersion r, Consumer<AppliedDefault> applied) {
        String placement = FACTS.mastersNodesDefault().at(r).orElse("");
        if (!placement.isEmpty() && t.masters().orElse("").isEmpty()) {
            t = Topology.builder().from(t).masters(placement).build();
            applied.accept(AppliedDefault.of("spec.topology.masters", placement, "cluster.topology.masters",
                    "control plane placement defaults to " + placement + " (v1alpha2 API defaulting, kops 1.18-1.27)"));
        }
        if (!placement.isEmpty() && t.nodes().orElse("").isEmpty()) {
            t = Topology.builder().from(t).nodes(placement).build();
            applied.accept(AppliedDefault.of("spec.topology.nodes", placement, "cluster.topology.nodes",
                    "node placement defaults to " + placement + " (v1alpha2 API defaulting, kops 1.18-1.27)"));
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static Topology dropped(Topology t, KopsVersion r, Consumer<AppliedDefault> applied) {
        if (FACTS.dropTopologyMastersNodes().at(r).orElse(false) && (t.masters().isPresent() || t.nodes().isPresent())) {
            // kops overrides the user here: 1.28+ drop topology.masters/nodes (v1alpha2 conversion); kept in
            // the output only as kops prints it.
            t = Topology.builder().from(t).masters(Optional.empty()).nodes(Optional.empty()).build();
            applied.accept(AppliedDefault.of("spec.topology.masters", "(removed)", "cluster.topology.drop-masters-nodes",
                    "kops >=1.28 drops topology.masters and topology.nodes (override of user values, as kops does)"));
        }
        if (FACTS.dropBastionLoadBalancerSecurityGroups().at(r).orElse(false) && t.bastion().isPresent()
                && t.bastion().get() instanceof Map<?, ?> bastion && bastion.get("loadBalancer") instanceof Map<?, ?> lb
                && lb.containsKey("additionalSecurityGroups")) {
            // quirk (kops overrides the user): 1.26-1.32 lose bastion.loadBalancer.additionalSecurityGroups.
            Map<String, Object> nb = ProviderMaps.deepCopy((Map<String, Object>) bastion);
            ((Map<String, Object>) nb.get("loadBalancer")).remove("additionalSecurityGroups");
            t = Topology.builder().from(t).bastion(nb).build();
            applied.accept(AppliedDefault.of("spec.topology.bastion.loadBalancer.additionalSecurityGroups", "(removed)",
                    "cluster.quirk.bastion-security-groups",
                    "quirk: kops 1.26-1.32 drop bastion load balancer security groups on the v1alpha2 round trip"));
        }
        if (FACTS.dropBastionIdleTimeout().at(r).orElse(false) && t.bastion().isPresent()
                && t.bastion().get() instanceof Map<?, ?> bastion && bastion.containsKey("idleTimeoutSeconds")) {
            // kops overrides the user here: 1.28+ do not carry bastion.idleTimeoutSeconds (v1alpha2 conversion)
            Map<String, Object> nb = ProviderMaps.deepCopy((Map<String, Object>) bastion);
            nb.remove("idleTimeoutSeconds");
            t = Topology.builder().from(t).bastion(nb).build();
            applied.accept(AppliedDefault.of("spec.topology.bastion.idleTimeoutSeconds", "(removed)", "cluster.topology.drop-bastion-idle-timeout",
                    "kops >=1.28 drops topology.bastion.idleTimeoutSeconds (override of user values, as kops does)"));
        }
        return t;
    }
}
