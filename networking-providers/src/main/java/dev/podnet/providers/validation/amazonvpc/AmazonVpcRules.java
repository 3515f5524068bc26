package dev.podnet.providers.validation.amazonvpc;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.validation.internal.BaseRules;
import dev.podnet.providers.validation.internal.Ctx;
import dev.podnet.providers.validation.internal.D;
import dev.podnet.providers.validation.internal.Findings;

/** AWS VPC CNI: AWS only, Kubernetes ≤ 1.21 in kops 1.22 only, no IPv6 (1.23+). */
public final class AmazonVpcRules extends BaseRules<AmazonVpcSpec> {
    public AmazonVpcRules() { super(ProviderKind.AMAZON_VPC, AmazonVpcSpec.class); }

    @Override
    protected void check(Ctx ctx, AmazonVpcSpec a, Findings out) {
        if (!ctx.onCloud(Cloud.AWS)) {
            out.add(D.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only in AWS").rule("amazonvpc.aws-only").releases("*")
                    .hint("use amazonvpc only with cloudProvider: aws"));
        } else if (ctx.releaseIs(1, 22) && ctx.k8sAtLeast(1, 22)) {
            out.add(D.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only for Kubernetes 1.21 and lower")
                    .rule("amazonvpc.kubernetes-1.22").releases(">=1.22 <1.23")
                    .hint("use kops 1.23+ for amazonvpc on Kubernetes 1.22 and later"));
        }
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(D.forbidden(path(ctx), "amazon-vpc-routed-eni networking does not support IPv6").rule("amazonvpc.ipv6")
                    .releases(">=1.23").hint("use calico or cilium for IPv6"));
        }
    }
}
