package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;

/**
 * kops' checks of the API load balancer's {@code class} on AWS (kops-oracle 1.19-1.36, found by the cluster probe set):
 * a class other than {@code Classic} or {@code Network} as written ({@code ""} is unset) is refused at every release, at
 * {@code spec.class} up to 1.24 and at {@code spec.api.loadBalancer.class} from 1.28 (validation.go's 1.27 rewrite
 * assumed); and a cluster without DNS ({@code topology.dns.type: None}) with an {@code api.loadBalancer} block needs
 * {@code class: Network}. The type is not checked ({@code internal}, {@code Bogus} and {@code ""} are accepted).
 */
final class ApiLoadBalancerRules {
    private static final Gate CLASS = gate("cluster.api-load-balancer-class");
    private static final Gate CLASS_PATH = gate("cluster.api-load-balancer-class#api-path");
    private static final Gate DNS_NONE_NLB = gate("cluster.api-dns-none-nlb");
    private static final List<String> CLASSES = List.of("Classic", "Network");

    private ApiLoadBalancerRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.onCloud(Cloud.AWS) || ctx.extraSpec("api.loadBalancer").isEmpty()) return;
        String lbClass = ctx.extraSpecString("api.loadBalancer.class").orElse("");
        if (ctx.in(CLASS) && !lbClass.isEmpty() && !CLASSES.contains(lbClass)) {
            Gate g = ctx.in(CLASS_PATH) ? CLASS_PATH : CLASS;
            out.add(g.tag(Finding.unsupported(ctx.in(CLASS_PATH) ? "spec.api.loadBalancer.class" : "spec.class", lbClass, CLASSES))
                    .hint("set api.loadBalancer.class to Classic or Network (as written)"));
        }
        boolean noDns = "None".equals(ComponentFields.dnsType(ctx.cluster()).orElse(null));
        if (ctx.in(DNS_NONE_NLB) && noDns && !lbClass.equals("Network")) {
            out.add(DNS_NONE_NLB.tag(Finding.forbidden("spec.api.loadBalancer.type", "topology.dns.type=none requires Network Load Balancer"))
                    .hint("set api.loadBalancer.class: Network, or give the cluster DNS"));
        }
    }
}
