package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * The addons kops lets run only beside cert manager, and what cert manager itself needs
 * ({@code pkg/apis/kops/validation/validation.go}): a secure metrics server ({@code metricsServer.enabled: true}
 * without {@code insecure: true}) from 1.20, the EKS Pod Identity Webhook on AWS from 1.24 (at
 * {@code spec.cloudProvider.aws.podIdentityWebhook} from 1.28, as kops' internal model has it), and an enabled cert
 * manager with {@code hostedZoneIDs} needs service accounts with external permissions from 1.28. Cert manager counts
 * as enabled only with {@code certManager.enabled: true} ({@link AddonRequirementRules}). kops-oracle 1.19-1.36.
 */
final class CertManagerRules {
    private static final Gate METRICS_SERVER = gate("cluster.metrics-server-cert-manager");
    private static final Gate POD_IDENTITY_WEBHOOK = gate("cluster.pod-identity-webhook-cert-manager");
    private static final Gate POD_IDENTITY_WEBHOOK_FIELD = gate("cluster.pod-identity-webhook-cert-manager#cloudProvider-field");
    private static final Gate HOSTED_ZONES = gate("cluster.cert-manager-hosted-zones");

    private CertManagerRules() {
    }

    /**
     * The webhook: from 1.28 kops checks it with its AWS spec, before the components ({@code withAwsSpec}); at 1.24 after
     * Karpenter, the last finding (kops-oracle 1.24, 1.28, 1.36 with the other findings at once;
     * {@code CrossFamilyOrderOracleTest}).
     */
    static void podIdentityWebhook(RuleContext ctx, boolean withAwsSpec, Findings out) {
        if (!ctx.in(POD_IDENTITY_WEBHOOK) || ctx.in(POD_IDENTITY_WEBHOOK_FIELD) != withAwsSpec || !ctx.onCloud(Cloud.AWS)
                || !ctx.extraSpecTrue("podIdentityWebhook.enabled") || certManager(ctx)) {
            return;
        }
        String path = ctx.in(POD_IDENTITY_WEBHOOK_FIELD) ? "spec.cloudProvider.aws.podIdentityWebhook" : "spec.podIdentityWebhook";
        out.add(POD_IDENTITY_WEBHOOK.tag(Finding.forbidden(path, "EKS Pod Identity Webhook requires that cert manager is enabled"))
                .hint("set certManager.enabled: true"));
    }

    static void metricsServer(RuleContext ctx, Findings out) {
        if (ctx.in(METRICS_SERVER) && ctx.extraSpecTrue("metricsServer.enabled") && !ctx.extraSpecTrue("metricsServer.insecure")
                && !certManager(ctx)) {
            out.add(METRICS_SERVER.tag(Finding.forbidden("spec.metricsServer.insecure", "Secure metrics server requires that cert manager is enabled"))
                    .hint("set certManager.enabled: true, or metricsServer.insecure: true"));
        }
    }

    /** After Karpenter, before the API load balancer's class ({@code CrossFamilyOrderOracleTest}). */
    static void hostedZones(RuleContext ctx, Findings out) {
        if (ctx.in(HOSTED_ZONES) && certManager(ctx) && ctx.extraSpec("certManager.hostedZoneIDs").orElse(null) instanceof java.util.List<?> ids
                && !ids.isEmpty() && !ctx.extraSpecTrue("iam.useServiceAccountExternalPermissions")) {
            out.add(HOSTED_ZONES.tag(Finding.forbidden("spec.certManager",
                    "Cert Manager requires that service accounts use external permissions in order to do dns-01 validation"))
                    .hint("set iam.useServiceAccountExternalPermissions: true"));
        }
    }

    private static boolean certManager(RuleContext ctx) {
        return ctx.extraSpecTrue("certManager.enabled");
    }
}
