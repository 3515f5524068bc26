package dev.podnet.insight.migrate;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.insight.internal.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The risks of one migration, from the completed specs before and after. */
final class Risks {
    /** Providers whose objects podnet does not render (the user installs them): their policy support is unknown. */
    private static final Set<ProviderKind> UNKNOWN = Set.of(ProviderKind.CNI, ProviderKind.EXTERNAL);
    /** The API groups of the Kubernetes NetworkPolicy resource an RBAC rule may name. */
    private static final Set<String> POLICY_GROUPS = Set.of("networking.k8s.io", "extensions", "*");

    private Risks() {
    }

    static List<Risk> of(Podnet podnet, ProviderKind from, ProviderKind to, Snapshot old, Snapshot now, NewSpec spec) {
        Cluster before = old.completion().orElseThrow().cluster();
        Cluster after = now.completion().orElseThrow().cluster();
        List<Risk> out = new ArrayList<>();
        out.add(Risk.of(RiskKind.DISRUPTION, "Pod networking is interrupted from the moment " + to.key()
                + " starts until every node is replaced; every pod restarts. Plan a maintenance window."));
        String podsBefore = podRange(before);
        String podsAfter = podRange(after);
        if (!podsBefore.equals(podsAfter)) {
            out.add(Risk.of(RiskKind.POD_CIDR, "Pods get addresses from " + podsAfter + " instead of " + podsBefore
                    + ": firewall rules, security groups and NetworkPolicy ipBlocks that name pod addresses need updating."));
        }
        boolean proxyBefore = kubeProxy(before);
        boolean proxyAfter = kubeProxy(after);
        if (proxyBefore != proxyAfter) {
            out.add(Risk.of(RiskKind.KUBE_PROXY, proxyAfter
                    ? "kube-proxy runs again: services are handled by iptables/IPVS instead of the old provider's replacement."
                    : "kube-proxy stops: " + to.key() + " handles services; its kube-proxy replacement must support every "
                            + "service feature in use."));
        }
        Optional<Boolean> policyBefore = readsPolicies(from, old);
        Optional<Boolean> policyAfter = readsPolicies(to, now);
        if (policyBefore.isPresent() && policyAfter.isPresent() && !policyBefore.equals(policyAfter)) {
            out.add(Risk.of(RiskKind.MISSING_FEATURE, policyAfter.get()
                    ? "The " + to.key() + " manifest lets its agent read NetworkPolicy objects (the " + from.key() + " one does not): "
                            + "policies already in the cluster, inert until now, start blocking traffic."
                    : "The " + to.key() + " manifest gives its agent no access to NetworkPolicy objects (the " + from.key()
                            + " one does): every policy in the cluster stops applying."));
        }
        spec.dropped().forEach(d -> out.add(Risk.of(RiskKind.MISSING_FEATURE, "Not carried over: " + d
                + " (" + to.key() + " has no setting of that name and meaning; configure its equivalent, if any, yourself).")));
        if (from == ProviderKind.CNI) {
            out.add(Risk.of(RiskKind.UNKNOWN_OBJECTS, "The cluster runs a CNI you installed yourself: podnet does not know "
                    + "its objects; delete them yourself before the nodes are replaced."));
        }
        Optional<ProviderInfo> info = podnet.providers().stream().filter(p -> p.kind() == to).findFirst();
        if (info.map(ProviderInfo::status).orElse(null) == ProviderStatus.DEPRECATED) {
            out.add(Risk.of(RiskKind.DEPRECATED, to.key() + " is deprecated at kops " + podnet.release()
                    + info.flatMap(ProviderInfo::note).map(n -> ": " + n).orElse("")));
        }
        return List.copyOf(out);
    }

    /**
     * Whether the provider's rendered objects let it read Kubernetes NetworkPolicy objects (a Role or
     * ClusterRole rule on {@code networkpolicies}): an agent that cannot read them cannot enforce them.
     * kops' manifests agree, provider by provider (kops-channel-facts.tsv, MigrationChannelFactsTest).
     * Empty for a provider the user installs.
     */
    static Optional<Boolean> readsPolicies(ProviderKind kind, Snapshot s) {
        if (UNKNOWN.contains(kind)) return Optional.empty();
        return Optional.of(s.appliedAddons().stream().flatMap(a -> a.manifest().objects().stream())
                .filter(o -> o.kind().equals("ClusterRole") || o.kind().equals("Role"))
                .flatMap(o -> list(o.tree().get("rules")).stream())
                .anyMatch(r -> r instanceof java.util.Map<?, ?> rule && list(rule.get("resources")).contains("networkpolicies")
                        && list(rule.get("apiGroups")).stream().anyMatch(POLICY_GROUPS::contains)));
    }

    private static List<?> list(Object v) {
        return v instanceof List<?> l ? l : List.of();
    }

    /** Where pods take their addresses: the VPC for VPC-native providers, else the pod range. */
    private static String podRange(Cluster c) {
        if (c.networking().providerKind().map(NewSpec.VPC_NATIVE::contains).orElse(false)) {
            return "the VPC's subnets (" + c.networking().networkCIDR().orElse("?") + ")";
        }
        return c.networking().podCIDR().or(() -> c.networking().nonMasqueradeCIDR()).orElse("?");
    }

    private static boolean kubeProxy(Cluster c) {
        return c.kubeProxy().flatMap(KubeProxy::enabled).orElse(true);
    }
}
