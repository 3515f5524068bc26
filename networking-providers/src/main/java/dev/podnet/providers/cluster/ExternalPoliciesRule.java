package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code spec.externalPolicies}: IAM policies attached per instance-group role (kops' validateExternalPolicies,
 * kops-oracle 1.19-1.36). Each key must be a role kops knows, written lower-case, and each policy an ARN (prefix
 * {@code arn:}, six colon-separated sections) whose resource starts with {@code policy/}. With kops' 1.26 model
 * the master role is control-plane: a {@code master} key is reported under that name.
 */
final class ExternalPoliciesRule {
    private static final Gate POLICIES = gate("cluster.external-policies");
    private static final Gate APISERVER = gate("cluster.external-policies#apiserver");
    private static final String PATH = "spec.externalPolicies";
    private static final String NOT_AN_ARN = "Policy must be a valid AWS ARN such as arn:aws:iam::123456789012:policy/KopsExamplePolicy";

    private ExternalPoliciesRule() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(POLICIES) || !(ctx.extraSpec("externalPolicies").orElse(null) instanceof Map<?, ?> policies)) return;
        boolean controlPlane = ctx.in(RuleContext.NAMES_1_26);
        List<String> roles = roles(ctx, controlPlane);
        // kops walks a Go map: its order is not kops' output, so podnet reports the roles sorted
        Map<String, Object> byRole = new TreeMap<>();
        for (Map.Entry<?, ?> e : policies.entrySet()) {
            String role = String.valueOf(e.getKey());
            byRole.put(controlPlane && "master".equals(role) ? "control-plane" : role, e.getValue());
        }
        for (Map.Entry<String, Object> e : byRole.entrySet()) {
            String role = e.getKey();
            if (!roles.contains(role)) {
                out.add(POLICIES.tag(Finding.unsupported(PATH, role, roles)).hint("key externalPolicies by role: " + String.join(", ", roles)));
            }
            if (!(e.getValue() instanceof List<?> list)) continue;
            for (Object p : list) {
                String policy = p == null ? "" : String.valueOf(p);
                if (policyArn(policy)) continue;
                out.add(POLICIES.tag(Finding.invalid(PATH + "." + role, policy, NOT_AN_ARN))
                        .hint("name an IAM policy by its ARN, such as arn:aws:iam::123456789012:policy/KopsExamplePolicy"));
            }
        }
    }

    /** kops' instance-group roles in its own order, lower-cased. */
    private static List<String> roles(RuleContext ctx, boolean controlPlane) {
        List<String> roles = new ArrayList<>();
        if (ctx.in(APISERVER)) {
            roles.addAll(List.of(controlPlane ? "control-plane" : "master", "apiserver", "node", "bastion"));
        } else {
            roles.addAll(List.of("node", "master", "bastion"));
        }
        return List.copyOf(roles);
    }

    /** The AWS SDK's ARN parse (only the prefix and the number of sections) and kops' {@code policy/} resource. */
    static boolean policyArn(String policy) {
        if (!policy.startsWith("arn:")) return false;
        String[] sections = policy.split(":", 6);
        return sections.length == 6 && sections[5].startsWith("policy/");
    }
}
