package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * Any {@code nodeAuthorization} block of a v1alpha2 document ({@code {}}, unknown keys, a node authorizer) is refused:
 * from 1.20 kops reimplemented node authorization and wants the block empty (absent); 1.19 calls it an experimental
 * feature behind a feature flag podnet does not model. kops lists it right after the networking findings and before the
 * etcd clusters' (kops-oracle 1.19-1.36, alone and beside findings of many families). A null block is no block; a
 * v1alpha3 document has no nodeAuthorization (kops' decoder drops it unread).
 */
final class NodeAuthorizationRule {
    private static final Gate RULE = gate("cluster.node-authorization");
    private static final Gate REIMPLEMENTED = gate("cluster.node-authorization#reimplemented");

    private NodeAuthorizationRule() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(RULE) || ctx.extraSpec("nodeAuthorization").isEmpty()) return;
        if (ctx.cloudProviderBlock()) return;
        String message = ctx.in(REIMPLEMENTED)
                ? "NodeAuthorization must be empty. The functionality has been reimplemented and is enabled on kubernetes >= 1.19.0."
                : "node authorization is experimental feature; set `export KOPS_FEATURE_FLAGS=EnableNodeAuthorization`";
        out.add(RULE.tag(Finding.forbidden("spec.nodeAuthorization", message)).hint("remove the nodeAuthorization block"));
    }
}
