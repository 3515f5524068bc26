package dev.podnet.providers.amazonvpc;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** AWS VPC CNI: AWS only, Kubernetes ≤ 1.21 in kops 1.22 only, no IPv6 (1.23+). */
public final class AmazonVpcRules extends SpecRules<AmazonVpcSpec> {
    /** Creates the Amazon VPC rules; {@link AmazonVpcPlugin} holds the instance that validates clusters. */
    public AmazonVpcRules() { super(ProviderKind.AMAZON_VPC, AmazonVpcSpec.class); }

    @Override
    protected void check(RuleContext ctx, AmazonVpcSpec a, Findings out) {
        if (!ctx.onCloud(Cloud.AWS)) {
            out.add(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only in AWS").rule("amazonvpc.aws-only").releases("*")
                    .hint("use amazonvpc only with cloudProvider: aws"));
        } else if (ctx.releaseIs(1, 22) && ctx.k8sAtLeast(1, 22)) {
            out.add(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only for Kubernetes 1.21 and lower")
                    .rule("amazonvpc.kubernetes-1.22").releases(">=1.22 <1.23")
                    .hint("use kops 1.23+ for amazonvpc on Kubernetes 1.22 and later"));
        }
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking does not support IPv6").rule("amazonvpc.ipv6")
                    .releases(">=1.23").hint("use calico or cilium for IPv6"));
        }
    }
}
