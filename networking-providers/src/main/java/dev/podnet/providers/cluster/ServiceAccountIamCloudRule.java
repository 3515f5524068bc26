package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * {@code iam.useServiceAccountExternalPermissions: true} on another cloud than AWS: kops accepts the spec but fails
 * building its bootstrap channel ("error remapping manifest addons/dns-controller.addons.k8s.io/k8s-1.12.yaml:
 * ServiceAccount-level IAM is not yet supported on cloud"), so it is a build failure ({@link Finding#BUILD_RULE_SUFFIX}),
 * reported on the completed spec where nothing else is wrong with it. kops-oracle 1.33.1 and 1.36 on GCE ({@code false}
 * accepted); the older builds judge AWS only. Only a channel with dns-controller fails: without an {@code externalDns}
 * block or with {@code provider: dns-controller}; from 1.36 also a block without a provider, which kops 1.33 completes
 * without one and builds no dns-controller for (kops-oracle 1.33.1 and 1.36 accept {@code external-dns} and
 * {@code none}; found by an unseen cluster set, seed 20261432).
 */
final class ServiceAccountIamCloudRule {
    private static final Gate NOT_AWS = gate("cluster.service-account-iam-aws-only.build");
    private static final Gate UNSET_PROVIDER = gate("cluster.dns-controller-unset-provider");

    private ServiceAccountIamCloudRule() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.strict() || !ctx.in(NOT_AWS) || ctx.cloud().isEmpty() || ctx.onCloud(Cloud.AWS)) return;
        if (!Boolean.TRUE.equals(ctx.extraSpec("iam.useServiceAccountExternalPermissions").orElse(null)) || !dnsController(ctx)) return;
        String cloud = ctx.cloud().get().id();
        out.add(NOT_AWS.tag(Finding.forbidden("spec.iam.useServiceAccountExternalPermissions",
                        "ServiceAccount-level IAM is not yet supported on cloud " + cloud
                                + " (kops fails remapping dns-controller's manifest)"))
                .hint("remove iam.useServiceAccountExternalPermissions (or set it to false): kops supports it on AWS only"));
    }

    /** Whether kops' channel has dns-controller, the addon whose remapping fails. */
    private static boolean dnsController(RuleContext ctx) {
        if (ctx.extraSpec("externalDns").isEmpty()) return true;
        String provider = ctx.extraSpecString("externalDns.provider").orElse("");
        return provider.equals("dns-controller") || (provider.isEmpty() && ctx.in(UNSET_PROVIDER));
    }
}
