package dev.podnet.providers.validation;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import java.util.List;
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

    private OneProviderRule() {}

    public static void check(RuleContext ctx, Set<ProviderKind> configured, Findings out) {
        if (configured.size() < 2) return;
        String others = "keep exactly one provider under spec.networking";
        if (ctx.since(1, 32)) {
            List<ProviderKind> set = CONFIGURED_132.stream().filter(configured::contains)
                    .filter(k -> k != CANAL || ctx.before(1, 34)).toList();
            if (set.size() < 2) return;
            String found = set.stream().map(ctx::providerKey).sorted().collect(Collectors.joining(", "));
            for (ProviderKind k : set) {
                out.add(Finding.forbidden(ctx.provider(k), "only one networking option permitted, found " + found)
                        .rule("networking.one-provider").releases(">=1.32").hint(others + " (found " + found + ")"));
            }
            return;
        }
        boolean taken = false;
        for (ProviderKind k : ctx.before(1, 20) ? ORDER_118 : ORDER_120) {
            if (!configured.contains(k) || !participates(ctx, k)) continue;
            if (taken) {
                out.add(Finding.forbidden(ctx.provider(k), "only one networking option permitted").rule("networking.one-provider")
                        .releases("<1.32").hint(others));
            }
            if (marks(ctx, k)) taken = true;
        }
    }

    private static boolean participates(RuleContext ctx, ProviderKind k) {
        return switch (k) {
            case ROMANA -> ctx.before(1, 19);
            case WEAVE -> ctx.before(1, 28);
            case LYFT_VPC -> ctx.before(1, 23);
            default -> true;
        };
    }

    private static boolean marks(RuleContext ctx, ProviderKind k) {
        if (ctx.before(1, 20)) return true;
        return k != CNI && k != GCP;
    }
}
