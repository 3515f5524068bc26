package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;

/**
 * {@code spec.updatePolicy} must be one of kops' policies ({@code IsValidValue} in kops' validateClusterSpec, after the
 * access lists): {@code external} at kops 1.19, {@code automatic} too from 1.20 (kops-oracle 1.19 refuses
 * {@code automatic}, 1.20-1.36 take it). A pointer in kops: {@code ""} is refused, null is unset; letter case counts.
 */
final class UpdatePolicyRule {
    private static final Gate UPDATE_POLICY = gate("cluster.update-policy");
    private static final Gate AUTOMATIC = gate("cluster.update-policy#automatic");

    private UpdatePolicyRule() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(UPDATE_POLICY) || !(ctx.extraSpec("updatePolicy").orElse(null) instanceof String policy)) return;
        boolean automatic = ctx.in(AUTOMATIC);
        List<String> allowed = automatic ? List.of("automatic", "external") : List.of("external");
        if (allowed.contains(policy)) return;
        out.add((automatic ? AUTOMATIC : UPDATE_POLICY).tag(Finding.unsupported("spec.updatePolicy", policy, allowed))
                .hint("set updatePolicy to " + String.join(" or ", allowed) + ", or remove it"));
    }
}
