package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Map;

/**
 * The AWS IAM authenticator's {@code spec.authentication.aws}, checked by kops' {@code awsValidateIAMAuthenticator} on
 * AWS only, after the rest of the cluster spec's checks (its AWS checks of the load balancer and the EBS CSI driver
 * included) and before the service account issuer discovery: {@code identityMappings} (a non-empty list) need a
 * {@code backendMode} containing {@code CRD} (as written, case-sensitive, anywhere in the string), and each mapping's
 * {@code arn} must be an IAM role or user ARN as the AWS SDK parses one: {@code arn:}, six {@code :}-separated sections
 * (the last keeps any further colon), the resource starting {@code role/} or {@code user/}. Nothing else of the block
 * is checked (other backend modes, cluster IDs, images, resources, {@code kopeio} beside {@code aws}, an {@code oidc}
 * block: all accepted), and GCE accepts the block whole. kops-oracle 1.24-1.36 (1.19-1.22 accept; 1.22 drops
 * {@code identityMappings}; 1.23, which has the field, taken as 1.24).
 */
final class AuthenticationRules {
    private static final Gate IAM_AUTHENTICATOR = gate("cluster.aws-iam-authenticator");
    private static final String PATH = "spec.authentication.aws.";

    private AuthenticationRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(IAM_AUTHENTICATOR) || !ctx.onCloud(Cloud.AWS)) return;
        if (!(ctx.extraSpec("authentication.aws").orElse(null) instanceof Map<?, ?> aws)) return;
        if (!(aws.get("identityMappings") instanceof List<?> mappings) || mappings.isEmpty()) return;
        Object mode = aws.get("backendMode");
        if (!(mode instanceof String m && m.contains("CRD"))) {
            out.add(IAM_AUTHENTICATOR.tag(Finding.forbidden(PATH + "backendMode", "backendMode must be CRD if identityMappings is set"))
                    .hint("set authentication.aws.backendMode to CRD (or CRD,MountedFile)"));
        }
        for (int i = 0; i < mappings.size(); i++) {
            Object arn = mappings.get(i) instanceof Map<?, ?> mapping ? mapping.get("arn") : null;
            String value = arn instanceof String s ? s : "";
            if (roleOrUser(value)) continue;
            out.add(IAM_AUTHENTICATOR.tag(Finding.invalid(PATH + "identityMappings[" + i + "].arn", value,
                    "arn must be a valid IAM Role or User ARN such as arn:aws:iam::123456789012:role/KopsExampleRole"))
                    .hint("write the mapping's arn as arn:PARTITION:iam::ACCOUNT:role/NAME or .../user/NAME"));
        }
    }

    /** The AWS SDK's ARN parse (prefix {@code arn:}, six sections) with a {@code role/} or {@code user/} resource. */
    private static boolean roleOrUser(String arn) {
        if (!arn.startsWith("arn:")) return false;
        String[] sections = arn.split(":", 6);
        if (sections.length != 6) return false;
        return sections[5].startsWith("role/") || sections[5].startsWith("user/");
    }
}
