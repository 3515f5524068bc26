package dev.podnet.providers.validation;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.podnet.api.provider.ProviderKind.*;

/**
 * "Exactly one provider": up to 1.31 kops walks the options in a fixed order and flags every option
 * after the first one taken ("only one networking option permitted"); from 1.32 every configured
 * option is flagged with the sorted list of all of them ("... permitted, found a, b").
 */
public final class OneProviderRule {
    private static final List<ProviderKind> ORDER_118 = List.of(KUBENET, EXTERNAL, CNI, KOPEIO, WEAVE, FLANNEL, CALICO, CANAL,
            KUBE_ROUTER, ROMANA, AMAZON_VPC, CILIUM, LYFT_VPC, GCP);
    private static final List<ProviderKind> ORDER_120 = List.of(KUBENET, EXTERNAL, KOPEIO, CNI, WEAVE, FLANNEL, CALICO, CANAL,
            KUBE_ROUTER, AMAZON_VPC, CILIUM, LYFT_VPC, GCP);
    /** kops 1.32+ {@code ConfiguredOptions()} order. */
    private static final List<ProviderKind> CONFIGURED_132 = List.of(CLASSIC, KUBENET, EXTERNAL, CNI, KOPEIO, WEAVE, FLANNEL,
            CALICO, CANAL, KUBE_ROUTER, ROMANA, AMAZON_VPC, CILIUM, LYFT_VPC, GCP, KINDNET);

    private static final Gate WALK = ClusterGates.gate("networking.one-provider");
    private static final Gate CONFIGURED = ClusterGates.gate("networking.one-provider#configured");
    private static final Gate ORDER_118_GATE = ClusterGates.gate("networking.one-provider#order-1.18");
    private static final Gate CANAL_COUNTED = ClusterGates.gate("networking.one-provider#canal");
    /** Options the walk looks at only while they exist. */
    private static final Map<ProviderKind, Gate> PARTICIPATES = Map.of(
            ROMANA, ClusterGates.gate("networking.one-provider#romana"),
            WEAVE, ClusterGates.gate("networking.one-provider#weave"),
            LYFT_VPC, ClusterGates.gate("networking.one-provider#lyftvpc"));

    private OneProviderRule() {}

    /**
     * Flags every provider key beyond the one kops takes, with the release's walk order and wording.
     *
     * @param ctx the cluster, its release and the validation mode
     * @param configured the provider kinds present under {@code spec.networking}, the typed provider first
     * @param out receives one forbidden finding per extra provider; nothing when fewer than two are set
     */
    public static void check(
RuleContext ctx, Set<ProviderKind> configured, Findings out) {
        if (configured.size() < 2) return;
        String others = "keep exactly one provider under spec.networking";
        if (ctx.in(CONFIGURED)) {
            List<ProviderKind> set = CONFIGURED_132.stream().filter(configured::contains)
                    .filter(k -> k != CANAL || ctx.in(CANAL_COUNTED)).toList();
            if (set.size() < 2) return;
            String found = set.stream().map(ctx::providerKey).sorted().collect(Collectors.joining(", "));
            for (ProviderKind k : set) {
                out.add(CONFIGURED.tag(Finding.forbidden(ctx.provider(k), "only one networking option permitted, found " + found))
                        .hint(others + " (found " + found + ")"));
            }
            return;
        }
        boolean taken = false;
        if (!ctx.in(WALK)) return;
        for (ProviderKind k : ctx.in(ORDER_118_GATE) ? ORDER_118 : ORDER_120) {
            if (!configured.contains(k) || !participates(ctx, k)) continue;
            if (taken) {
                out.add(WALK.tag(Finding.forbidden(ctx.provider(k), "only one networking option permitted")).hint(others));
            }
            if (marks(ctx, k)) taken = true;
        }
    }

    private static boolean participates(RuleContext ctx, ProviderKind k) {
        Gate g = PARTICIPATES.get(k);
        return g == null || ctx.in(g);
    }

    /** Up to 1.19 every option taken blocks the later ones; from 1.20 cni and gce do not. */
    private static boolean marks(RuleContext ctx, ProviderKind k) {
        if (ctx.in(ORDER_118_GATE)) return true;
        return k != CNI && k != GCP;
    }
}
