package dev.podnet.providers.amazonvpc;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** AWS VPC CNI: AWS only, Kubernetes ≤ 1.21 in kops 1.22 only, no IPv6 (1.23+). */
public final class AmazonVpcRules extends SpecRules<AmazonVpcSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("amazonvpc");
    private static final Gate AWS_ONLY = GATES.gate("amazonvpc.aws-only");
    private static final Gate KUBERNETES_122 = GATES.gate("amazonvpc.kubernetes-1.22");
    private static final Gate IPV6 = GATES.gate("amazonvpc.ipv6");

    /** Creates the Amazon VPC rules; {@link AmazonVpcPlugin} holds the instance that validates clusters. */
    public AmazonVpcRules() { super(ProviderKind.AMAZON_VPC, AmazonVpcSpec.class); }

    @Override
    protected void check(RuleContext ctx, AmazonVpcSpec a, Findings out) {
        if (ctx.in(AWS_ONLY) && !ctx.onCloud(Cloud.AWS)) {
            out.add(AWS_ONLY.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only in AWS"))
                    .hint("use amazonvpc only with cloudProvider: aws"));
        } else if (ctx.in(KUBERNETES_122) && ctx.k8sAtLeast(1, 22)) {
            out.add(KUBERNETES_122.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only for Kubernetes 1.21 and lower"))
                    .hint("use kops 1.23+ for amazonvpc on Kubernetes 1.22 and later"));
        }
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking does not support IPv6")).hint("use calico or cilium for IPv6"));
        }
    }
}
